#!/usr/bin/env bash
# Fill the emulator until it refuses: the fat jar with the shipped JVM options, unique creates at full speed
# from CLIENTS threads until the first refusal, then (at that point) one GET, one GET /_emulator/info and one
# POST /_emulator/reset, each timed, then creates again and the process's RSS before and after. The quotas are
# raised out of the way (they refuse long before the budget on one instance), so the memory budget is what
# refuses. Writes bench/results/<date>-fill.md.
#
#   bench/fill.sh                 # CLIENTS=8
# Needs: a JDK 17+ (JAVA_HOME or java on PATH), curl, and the jar: ./mvnw -B -q package -DskipTests -Dinvoker.skip
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CLIENTS=${CLIENTS:-8}
# The shipped JVM options: keep equal to the Dockerfile's JAVA_TOOL_OPTIONS and scripts/start-fast.sh.
JVM_OPTS=${JVM_OPTS:-"-XX:+UseSerialGC -Xms128m -Xmx512m -Xmn64m -XX:+ExitOnOutOfMemoryError"}
PORT=${PORT:-18150}
JAR=$ROOT/target/taurusdb-htap-mock-0.1.0-SNAPSHOT.jar
OUT=${OUT:-$ROOT/bench/results/$(date -u +%F)-fill.md}
if [[ -n ${JAVA_HOME:-} ]]; then JAVA=$JAVA_HOME/bin/java; JAVAC=$JAVA_HOME/bin/javac
else JAVA=$(command -v java); JAVAC=$(dirname "$(readlink -f "$JAVA")")/javac; fi
[[ -f $JAR ]] || { echo "missing $JAR: ./mvnw -B -q package -DskipTests -Dinvoker.skip"; exit 1; }
WORK=$(mktemp -d)
"$JAVAC" -d "$WORK" bench/FillTool.java
TOOL=("$JAVA" -XX:+UseSerialGC -cp "$WORK" FillTool)
BASE=http://127.0.0.1:$PORT
LIMITS=(--emulator.limits.tasks-per-instance=100000000 --emulator.limits.tasks-per-project=100000000)

# shellcheck disable=SC2086
"$JAVA" $JVM_OPTS -jar "$JAR" --server.port=$PORT "${LIMITS[@]}" \
  --logging.level.io.github.taurusdbhtapmock.calls=WARN >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 240); do curl -sf "$BASE/actuator/health/readiness" >/dev/null && break; sleep 0.25; done
rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$PID/status"; }
info() { curl -s "$BASE/_emulator/info"; }

echo "filling with $CLIENTS clients ..." >&2
# the info at the refusal, read by a watcher once readiness goes DOWN (before the tool resets)
( while [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness") == 200 ]]; do sleep 0.2; done
  info >"$WORK/info.json"; rss >"$WORK/rss.txt"
  curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness" >"$WORK/readiness.txt" ) &
WATCHER=$!
FILL=$("${TOOL[@]}" fill "$BASE" fill "$CLIENTS")
kill $WATCHER 2>/dev/null || true; wait $WATCHER 2>/dev/null || true
RSS_FULL=$(cat "$WORK/rss.txt" 2>/dev/null || echo "?"); READINESS_FULL=$(cat "$WORK/readiness.txt" 2>/dev/null || echo "?")
# the tool timed a GET, the info and the reset as soon as it was refused; the info below is its answer just
# before the reset (read again: the reset came first)
GET=$(sed -n 's/^get //p' <<<"$FILL"); INFO=$(sed -n 's/^info //p' <<<"$FILL"); RESET=$(sed -n 's/^reset //p' <<<"$FILL")
INFO_FULL=$(grep -a '"state_budget"' "$WORK/info.json" 2>/dev/null || true)
sleep 5
RSS_RESET=$(rss)
READINESS_RESET=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")
AGAIN=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -H 'X-Auth-Token: bench' \
  -d '{"source_instance_id":"1111aaaa2222bbbb3333cccc4444ddddin07","source_database":"src_db","target_database":"again_t","task_name":"again"}' \
  "$BASE/v3/0123456789abcdef0123456789abcdef/instances/aaaabbbbccccddddeeeeffff00001111in17/starrocks/databases/replication")
OOM=$(grep -c OutOfMemoryError "$WORK/server.log" || true)

{
  echo "# Filling the emulator until it refuses ($(date -u +%F))"
  echo
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM; $("$JAVA" -version 2>&1 | head -1)"
  echo "- emulator: \`java $JVM_OPTS -jar $(basename "$JAR") ${LIMITS[*]}\` (quotas raised so that the memory budget refuses)"
  echo "- load: bench/FillTool.java, $CLIENTS clients, unique task and target database names, one instance"
  echo
  echo "| figure | value |"
  echo "|---|---|"
  echo "| fill | ${FILL%%$'\n'*} |"
  echo "| tasks at the refusal (info) | $(sed -n 's/.*"tasks":\([0-9]*\).*/\1/p' <<<"$INFO_FULL") |"
  echo "| jobs at the refusal (info) | $(sed -n 's/.*"jobs":\([0-9]*\).*/\1/p' <<<"$INFO_FULL") |"
  echo "| the refusal | \`$(sed -n 's/^refusal //p' <<<"$FILL" | cut -c1-300)\` |"
  echo "| state_budget at the refusal | \`$(sed -n 's/.*"state_budget":\({[^}]*}\).*/\1/p' <<<"$INFO_FULL" | cut -c1-120)…\` |"
  echo "| readiness at the refusal | $READINESS_FULL |"
  echo "| GET ListStarRocksDataReplications at the refusal (status, ms) | $GET |"
  echo "| GET /_emulator/info at the refusal (status, ms) | $INFO |"
  echo "| POST /_emulator/reset at the refusal (status, ms) | $RESET |"
  echo "| RSS at the refusal | $RSS_FULL |"
  echo "| RSS 5 s after the reset | $RSS_RESET |"
  echo "| readiness after the reset | $READINESS_RESET |"
  echo "| a create after the reset (status) | $AGAIN |"
  echo "| OutOfMemoryError in the log | $OOM |"
} | tee "$OUT"
