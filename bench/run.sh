#!/usr/bin/env bash
# Runs the JMH benchmarks (all, or those matching $1) and prints JMH's report.
# The figure to read: MountParseBenchmark.parseTenThousandSpecs, in ms per 10,000 specs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl bench -am install >/dev/null
cp="$(./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
exec java -cp "bench/target/classes:$cp" org.openjdk.jmh.Main "${1:-.}"
