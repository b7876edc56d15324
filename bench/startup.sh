#!/usr/bin/env bash
# Times one-shot commands through the launcher, as scripts call them, against `docker info`.
# Prints the median wall time of RUNS runs (default 10) per command, in ms:
#   docker_info_ms N
#   oneshot_ms COMMAND... N
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
cd "$root"
./storage-lab version >/dev/null 2>&1 # builds, unpacks and trains the start-up cache once

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

time_ms() {
  local times=() start
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    times+=("$(( ($(date +%s%N) - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | median
}

echo "docker_info_ms $(time_ms docker info)"
echo "oneshot_ms version $(time_ms ./storage-lab version)"
echo "oneshot_ms engine status --json $(time_ms ./storage-lab engine status --json)"
echo "oneshot_ms mounts parse \"-v data:/app\" $(time_ms ./storage-lab mounts parse "-v data:/app")"
echo "oneshot_ms lesson list $(time_ms ./storage-lab lesson list)"
echo "oneshot_ms k8s preview --run ... $(time_ms ./storage-lab k8s preview --run "docker run -v data:/app -v /srv:/srv:ro busybox")"
