#!/usr/bin/env bash
# Times one-shot commands through the launcher, as scripts call them, against the docker CLI
# doing the nearest thing. Prints the mean wall time of N runs (default 10) per command.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
cd "$root"
./storage-lab version >/dev/null 2>&1 # builds, unpacks and records the class-data archive once

mean() {
  local label="$1"; shift
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1 || true; done
  end=$(date +%s%N)
  printf '%-48s %6d ms\n' "$label" $(( (end - start) / runs / 1000000 ))
}

mean "storage-lab version" ./storage-lab version
mean "storage-lab mounts parse \"-v data:/app\"" ./storage-lab mounts parse "-v data:/app"
mean "storage-lab engine status --json" ./storage-lab engine status --json
mean "docker info (for comparison)" docker info
