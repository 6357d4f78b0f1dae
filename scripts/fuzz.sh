#!/usr/bin/env bash
# Long fuzz run: many more generated bad requests than the test suite's 10,000, with a seed of your choice.
#   scripts/fuzz.sh [REQUESTS] [SEED]      default: 200000 requests, a random seed (printed, so a failure replays)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-200000}
seed=${2:-$RANDOM$RANDOM}
echo "fuzz: $requests requests, seed $seed"
log=$(mktemp)
status=0
# the test's own output goes to its file under target/surefire-reports (see pom.xml)
output=target/surefire-reports/io.github.taurusdbhtapmock.fuzz.BadInputFuzzTest-output.txt
rm -f "$output"
./mvnw -B test -Dtest=BadInputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.requests="$requests" -Dfuzz.seed="$seed" > "$log" 2>&1 || status=$?
grep -hE '^fuzz:|Tests run:|request [0-9]+ \(seed' "$output" "$log" 2>/dev/null | head -20 || true
exit "$status"
