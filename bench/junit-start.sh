#!/usr/bin/env bash
# What the JUnit extension costs (docs/junit.md): in a fresh JVM, the first start of an embedded emulator (unpacking
# excluded when the kit's unpacked copy is there already, as after any earlier run), the first SDK call, further
# starts in the same JVM (per-class emulators), the per-test reset, and for comparison the emulator as a child JVM
# (plain, and with a class-data archive). Runs the test kit as a user's test classpath has it.
#   bench/junit-start.sh [RESETS] [RESTARTS]
set -euo pipefail
cd "$(dirname "$0")/.."
resets=${1:-500}
restarts=${2:-5}
./mvnw -q -B install -Dmaven.test.skip=true -Dinvoker.skip
cd testkit
../mvnw -q -B test-compile
classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
../mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
java -cp "target/test-classes:target/classes:$(cat "$classpath")" io.github.taurusdbhtapmock.junit.StartCostBenchmark \
  "$resets" "$restarts" 2>&1 | grep -v -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}T.* (INFO|WARN) '
