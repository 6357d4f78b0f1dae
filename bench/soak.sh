#!/usr/bin/env bash
# A bounded soak (docs/performance.md): the fat jar with the shipped JVM options, CLIENTS loopback clients running
# mixed creates, modifications, reads, list pages, deletes and bad requests for MINUTES; one line a minute with the
# requests, unexpected answers (5xx or none), p50/p99 and the emulator's RSS. Writes bench/results/<date>-soak.md.
#   bench/soak.sh [MINUTES] [CLIENTS]      (defaults: 30 minutes, 8 clients)
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-30}
clients=${2:-8}
port=${PORT:-18790}
# the options the image and scripts/start-fast.sh ship, read from the script rather than written again here
eval "$(grep '^SHIPPED_JVM_OPTS=' scripts/start-fast.sh)"
ls target/taurusdb-htap-mock-*.jar >/dev/null 2>&1 || ./mvnw -B -q package -Dmaven.test.skip=true -Dinvoker.skip
jar=$(ls target/taurusdb-htap-mock-*.jar | head -1)
log=$(mktemp)
# shellcheck disable=SC2086
java $SHIPPED_JVM_OPTS -jar "$jar" --server.port="$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do
  kill -0 $pid 2>/dev/null || { tail -30 "$log"; exit 1; }
  sleep 0.5
done
out=bench/results/$(date -u +%Y-%m-%d)-soak.md
{
  echo "# Soak: $minutes minutes, $clients loopback clients"
  echo
  echo "- $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "- emulator: \`java $SHIPPED_JVM_OPTS -jar $(basename "$jar")\`, defaults otherwise (jobs of 2 s, quotas, budget)"
  echo "- each client: 20 % creates of unique tasks, 10 % modifications, 25 % configuration reads, 20 % list pages,"
  echo "  15 % deletes (a client keeps at most about 20 tasks), 5 % malformed JSON, 5 % unknown APIs"
  echo
  java bench/Soak.java "http://localhost:$port" $((minutes * 60)) "$clients" "$pid"
  echo
  echo "emulator errors logged: $(grep -c -E ' ERROR |OutOfMemoryError' "$log" || true)"
} | tee "$out"
