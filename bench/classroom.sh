#!/usr/bin/env bash
# A room on one engine: LEARNERS learners (default 10), each with their own home and name, run
# `lesson run docker-storage` at the same moment, twice in a row; against one learner alone. Then
# the instructor's view over 30 learners' records (the real ones and copies named for more
# learners): `class status`, `class status --json` and the `class serve` page, medians of 5.
# What it made is removed at exit (each of its learners' `lab cleanup`, the copied records), and
# nothing else.
#   alone_ms N          one learner's lesson, alone on the engine
#   room_ms N           the wall time of LEARNERS lessons started together
#   room_passed N       how many of them passed
#   again_ms N          the same room right after (their progress and objects still there)
#   again_passed N
#   status30_ms N       class status, 30 learners' records
#   status30_json_ms N
#   page30_ms N         the class serve page, 30 learners, fetched with curl
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
learners="${1:-10}"
work="$(mktemp -d)"
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  docker volume rm $(docker volume ls -q --filter label=dev.storagelab.run=bench-copy) \
    >/dev/null 2>&1 || true
  for learner in alone $(seq -f 'l%02g' 1 "$learners"); do
    as "$learner" lab cleanup >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
command -v curl >/dev/null || { echo "bench/classroom.sh needs curl" >&2; exit 1; }
ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
as() { STORAGE_LAB_HOME="$work/$1" STORAGE_LAB_LEARNER="$1" ./storage-lab "${@:2}"; }

./storage-lab lab base-image >/dev/null

start=$(ms); as alone lesson run docker-storage >/dev/null; echo "alone_ms $(( $(ms) - start ))"
as alone lab cleanup >/dev/null

room() {
  local start pids=() passed=0
  start=$(ms)
  for learner in $(seq -f 'l%02g' 1 "$learners"); do
    as "$learner" lesson run docker-storage >"$work/$learner.$1.out" 2>&1 &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" && passed=$((passed + 1)) || true; done
  echo "$1_ms $(( $(ms) - start ))"
  echo "$1_passed $passed"
}
room room
room again

# Copies of a real record under more learners' names, so that the room holds 30.
record=$(docker volume ls -q --filter label=dev.storagelab.learner=l01 --filter label=dev.storagelab.record | tail -1)
json=$(docker volume inspect "$record" --format '{{index .Labels "dev.storagelab.record"}}')
for i in $(seq $((learners + 1)) 30); do
  name="c$i"
  docker volume create "storage-lab-record-$name-$(ms)-1000" \
    --label dev.storagelab.managed=true --label dev.storagelab.kind=volume \
    --label dev.storagelab.lesson=room --label dev.storagelab.run=bench-copy \
    --label dev.storagelab.learner="$name" \
    --label dev.storagelab.record="${json//\"learner\":\"l01\"/\"learner\":\"$name\"}" >/dev/null
done

for _ in 1 2 3 4 5; do
  start=$(ms); ./storage-lab class status >/dev/null; echo $(( $(ms) - start )) >>"$work/status"
  start=$(ms); ./storage-lab class status --json >/dev/null; echo $(( $(ms) - start )) >>"$work/json"
done
echo "status30_ms $(median <"$work/status")"
echo "status30_json_ms $(median <"$work/json")"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
./storage-lab class serve --port "$port" >/dev/null 2>&1 &
server=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.2; done
for _ in 1 2 3 4 5; do
  curl -sf -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/" \
    | awk '{printf "%d\n", $1 * 1000}' >>"$work/page"
done
echo "page30_ms $(median <"$work/page")"
