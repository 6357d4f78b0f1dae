#!/usr/bin/env bash
# Fairness under many connections: starts the built emulator with the shipped JVM options, opens many kept-alive
# connections (first open and used every 5 s, then busy back to back), then many slow-body clients, and prints
# how long a separate request waits meanwhile.
#
#   ./mvnw -B package -DskipTests -Dinvoker.skip
#   bench/connections.sh                      # 2,000 kept-alive connections (open, then busy), 250 slow clients, 30 s each
#
# Environment: SERVER_JAVA (the emulator's JVM, default: java; e.g. a Java 17 to see it without virtual threads),
# CLIENT_JAVA (Java 21+ for the client, default: java), PORT (default 18090), CONNECTIONS, SLOW, SECONDS.
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER_JAVA=${SERVER_JAVA:-java}
CLIENT_JAVA=${CLIENT_JAVA:-java}
PORT=${PORT:-18090}
CONNECTIONS=${CONNECTIONS:-2000}
SLOW=${SLOW:-250}
SECONDS_EACH=${SECONDS:-30}
SHIPPED_JVM_OPTS="-XX:+UseSerialGC -Xms128m -Xmx512m -Xmn64m -XX:+ExitOnOutOfMemoryError"
JAR=$(ls target/taurusdb-htap-mock-*.jar | head -1)
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

# shellcheck disable=SC2086
"$SERVER_JAVA" $SHIPPED_JVM_OPTS -jar "$JAR" --server.port="$PORT" --logging.level.root=WARN >/tmp/connections-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null && break
  sleep 0.5
done
echo "server: $("$SERVER_JAVA" -version 2>&1 | head -1), $SHIPPED_JVM_OPTS, $(nproc) cores"
"$CLIENT_JAVA" bench/Connections.java "$PORT" open "$CONNECTIONS" "$SECONDS_EACH"
echo "server RSS: $(ps -o rss= -p $server) KB"
"$CLIENT_JAVA" bench/Connections.java "$PORT" keepalive "$CONNECTIONS" "$SECONDS_EACH"
echo "server RSS: $(ps -o rss= -p $server) KB"
"$CLIENT_JAVA" bench/Connections.java "$PORT" slow "$SLOW" "$SECONDS_EACH"
echo "server RSS: $(ps -o rss= -p $server) KB"
