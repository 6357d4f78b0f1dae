#!/usr/bin/env bash
# What the JUnit extension costs (docs/junit.md): in a fresh JVM, the first start of an embedded emulator, the first
# SDK call, further starts in the same JVM (per-class emulators) and the per-test reset. Runs against the lib jar, as
# a user's test classpath has it.
#   bench/junit-start.sh [RESETS] [RESTARTS]
set -euo pipefail
cd "$(dirname "$0")/.."
resets=${1:-500}
restarts=${2:-5}
./mvnw -q -B -DskipTests package
classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
lib=$(ls target/taurusdb-htap-mock-*-lib.jar)
java -cp "target/test-classes:$lib:$(cat "$classpath")" io.github.taurusdbhtapmock.junit.StartCostBenchmark \
  "$resets" "$restarts" 2>&1 | grep -v -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}T.* (INFO|WARN) '
