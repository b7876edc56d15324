#!/usr/bin/env bash
# image layers against its floor, docker save: an image of about 1 GB in eight layers (three big
# files, one of them deleted in a later layer, and 20,000 small files) is built once (labelled,
# removed at exit), then `docker save IMAGE > /dev/null` and `storage-lab image layers IMAGE`
# alternate ROUNDS times (default 3). Prints medians, and the peak resident memory of storage-lab
# (GNU time) on this image and on the 2 MB busybox base, to show it flat whatever the size:
#   save_ms N
#   layers_ms N
#   layers_rss_mb N
#   small_rss_mb N
#   image_mb N
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rounds="${1:-3}"
[ -x /usr/bin/time ] || { echo "bench/image-layers.sh needs GNU time (apt-get install time)" >&2; exit 1; }
export STORAGE_LAB_HOME="$(mktemp -d)"
./storage-lab version >/dev/null 2>&1
base=$(./storage-lab lab base-image --json | sed -n 's/.*"reference" : "\(.*\)".*/\1/p')
image="storage-lab-bench/big-layers:latest"
work="$(mktemp -d)"
trap 'docker rmi "$image" >/dev/null 2>&1 || true; rm -rf "$work" "$STORAGE_LAB_HOME"' EXIT

cat >"$work/Dockerfile" <<DOCKERFILE
FROM $base
RUN head -c 314572800 /dev/urandom > /big-one
RUN head -c 314572800 /dev/urandom > /big-two
RUN mkdir /many && i=0 && while [ \$i -lt 20000 ]; do echo "file \$i" > /many/f\$i; i=\$((i+1)); done
RUN head -c 209715200 /dev/urandom > /deleted-later
RUN rm /deleted-later
RUN head -c 209715200 /dev/urandom > /big-three
LABEL dev.storagelab.bench=image-layers
DOCKERFILE
echo "building a 1 GB image (once)..." >&2
DOCKER_BUILDKIT=0 docker build -q -t "$image" "$work" >/dev/null 2>"$work/build.log" \
  || { cat "$work/build.log" >&2; exit 1; }

ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
peak_mb() {
  /usr/bin/time -f '%M' -o "$work/peak" "$@" >/dev/null 2>&1
  echo $(( $(tail -1 "$work/peak") / 1024 ))
}

for _ in $(seq "$rounds"); do
  start=$(ms); docker save "$image" >/dev/null; echo $(( $(ms) - start )) >>"$work/save"
  start=$(ms); ./storage-lab image layers "$image" >/dev/null; echo $(( $(ms) - start )) >>"$work/layers"
done
echo "save_ms $(median <"$work/save")"
echo "layers_ms $(median <"$work/layers")"
echo "layers_rss_mb $(peak_mb ./storage-lab image layers "$image")"
echo "small_rss_mb $(peak_mb ./storage-lab image layers "$base")"
echo "image_mb $(( $(./storage-lab image layers "$image" --json | sed -n 's/^  "sizeBytes" : \([0-9]*\),/\1/p') / 1048576 ))"
