#!/usr/bin/env bash
# Full-size concurrency run: 32 clients x 1,000 mixed operations (create, modify, pause, resume, delete,
# queries) on shared and owned tasks, checked as the test suite's smaller run is (MixedLoadTest).
#   bench/mixed-load.sh [CLIENTS] [OPERATIONS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-32}
operations=${2:-1000}
seed=${3:-7}
log=$(mktemp)
status=0
start=$(date +%s)
# the test's own output goes to its file under target/surefire-reports (see pom.xml)
output=target/surefire-reports/io.github.taurusdbhtapmock.load.MixedLoadTest-output.txt
rm -f "$output"
./mvnw -B test -Dtest=MixedLoadTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dload.clients="$clients" -Dload.operations="$operations" -Dload.seed="$seed" > "$log" 2>&1 || status=$?
grep -hE '^mixed load:|Tests run:' "$output" "$log" 2>/dev/null | head -5 || true
echo "wall time: $(( $(date +%s) - start )) s (includes the build and the emulator's start)"
exit "$status"
