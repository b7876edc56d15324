#!/usr/bin/env bash
# Every speed and memory goal of docs/benchmarks.md: each figure beside its baseline, the ratio,
# and the goal. Usage: bench/all.sh [ROUNDS] (default 3: the lesson and its docker CLI script
# alternate ROUNDS times; one-shot commands run 10 times each; medians throughout).
# STORAGE_LAB_JAVA picks the JDK, as it does for ./storage-lab. Needs a Docker engine, curl and
# GNU time; takes about five minutes, and leaves the engine as it found it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rounds="${1:-3}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

java="${STORAGE_LAB_JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}"
echo "java: ${java:-java on the PATH}" >&2
echo "measuring the lesson against its docker CLI script..." >&2
bench/lesson-vs-cli.sh "$rounds" >"$out/lesson"
echo "measuring one-shot commands..." >&2
bench/startup.sh 10 >"$out/startup"
echo "measuring resident memory..." >&2
bench/memory.sh >"$out/memory"
echo "measuring image layers on a 1 GB image against docker save..." >&2
bench/image-layers.sh "$rounds" >"$out/layers"
echo "running the JMH benchmarks of 1,000 mounts to YAML and 100,000 layer entries..." >&2
bench/run.sh 'MountsToYaml|LayerAnalysis' >"$out/jmh" 2>&1

value() { awk -v k="$2" '$1 == k {print $NF; exit}' "$out/$1"; }
line() { grep -F -- "$2" "$out/$1" | head -1 | awk '{print $NF}'; }

row() { # figure, value, unit, baseline label, baseline value, goal ratio
  local ratio verdict
  ratio=$(awk -v a="$2" -v b="$5" 'BEGIN {printf "%.2f", a / b}')
  verdict=$(awk -v r="$ratio" -v g="$6" 'BEGIN {print (r <= g) ? "met" : "NOT MET"}')
  printf '| %s | %s %s | %s: %s %s | %s | ≤ %s | %s |\n' "$1" "$2" "$3" "$4" "$5" "$3" "$ratio" "$6" "$verdict"
}

info=$(value startup docker_info_ms)
jmh=$(awk '/^MountsToYamlBenchmark.thousandMountsToYaml/ {print int($4)}' "$out/jmh")
entries=$(awk '/^LayerAnalysisBenchmark.hundredThousandEntries/ {print int($4)}' "$out/jmh")
echo "| figure | storage-lab | baseline | ratio | goal | |"
echo "|---|---|---|---|---|---|"
row "lesson 1, whole (\`lesson run docker-storage\`)" "$(value lesson lesson_ms)" ms \
  "the docker CLI script" "$(value lesson cli_ms)" 0.8
for command in "version" "engine status --json" "mounts parse" "lesson list" "k8s preview"; do
  row "one-shot \`$command\`" "$(line startup "oneshot_ms $command")" ms "\`docker info\`" "$info" 20
done
row "REPL resident after lessons 1 and 2" "$(value memory repl_rss_mb)" MB "goal" 160 1
for command in "version" "engine status --json" "k8s preview"; do
  row "one-shot \`$command\` resident (peak)" "$(line memory "oneshot_rss_mb $command")" MB "goal" 110 1
done
row "1,000 mounts to YAML, in-process (JMH)" "$jmh" ms "goal" 500 1
row "\`image layers\` on a 1 GB image ($(value layers image_mb) MB, 8 layers)" "$(value layers layers_ms)" ms \
  "\`docker save > /dev/null\`" "$(value layers save_ms)" 1.3
row "\`image layers\` resident (peak), 1 GB image" "$(value layers layers_rss_mb)" MB "goal" 150 1
row "\`image layers\` resident (peak), 2 MB base" "$(value layers small_rss_mb)" MB "goal" 150 1
row "100,000 layer entries stacked, diffed, measured (JMH)" "$entries" ms "goal" 500 1
