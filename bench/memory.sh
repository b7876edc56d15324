#!/usr/bin/env bash
# Resident memory: the REPL after lessons 1 and 2 (VmRSS of its JVM, read while it waits for the
# next command), and the peak of one-shot commands (GNU time's maximum resident set size).
# Prints, in MB:
#   repl_rss_mb N
#   oneshot_rss_mb COMMAND... N
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export STORAGE_LAB_HOME="$(mktemp -d)"
./storage-lab version >/dev/null 2>&1
[ -x /usr/bin/time ] || { echo "bench/memory.sh needs GNU time (apt-get install time)" >&2; exit 1; }

peak_mb() {
  /usr/bin/time -f '%M' -o "$STORAGE_LAB_HOME/peak" "$@" >/dev/null 2>&1 || true
  echo $(( $(tail -1 "$STORAGE_LAB_HOME/peak") / 1024 ))
}

echo "oneshot_rss_mb version $(peak_mb ./storage-lab version)"
echo "oneshot_rss_mb engine status --json $(peak_mb ./storage-lab engine status --json)"
echo "oneshot_rss_mb k8s preview --run ... $(peak_mb ./storage-lab k8s preview --run "docker run -v data:/app busybox")"

fifo="$STORAGE_LAB_HOME/in"
out="$STORAGE_LAB_HOME/out"
mkfifo "$fifo"
./storage-lab <"$fifo" >"$out" 2>&1 &
shell=$!
exec 3>"$fifo"
echo "lesson run docker-storage" >&3
echo "lesson run k8s-bridge" >&3
echo 'mounts parse "-v bench-done:/bench-done"' >&3
for _ in $(seq 600); do
  grep -q 'bench-done' "$out" 2>/dev/null && break
  sleep 0.5
done
pid=$(pgrep -P "$shell" java || echo "$shell")
rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
echo "exit" >&3
exec 3>&-
wait "$shell" || true
./storage-lab lesson reset k8s-bridge >/dev/null 2>&1 || true
./storage-lab lesson reset docker-storage >/dev/null 2>&1 || true
rm -rf "$STORAGE_LAB_HOME"
echo "repl_rss_mb $rss"
