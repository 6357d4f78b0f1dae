#!/usr/bin/env bash
# Starts the emulator from the built jar the fast way, as the Docker image does: the jar extracted, the shipped
# JVM options, and a startup cache written once by a training run that serves requests (Java 25+: an AOT cache,
# JEP 483/514; Java 17-24: a dynamic CDS archive). The first start trains (10-15 s); later starts reuse
# the cache until the jar changes. See docs/performance.md for the measurements behind each choice.
#
#   ./mvnw -B package -DskipTests
#   scripts/start-fast.sh [emulator arguments, e.g. --server.port=8081]
#
# Environment: JAVA (default: $JAVA_HOME/bin/java, else java), JVM_OPTS (default: the shipped options),
# APP_DIR (default: target/fast-start).
set -euo pipefail
cd "$(dirname "$0")/.."

# The shipped JVM options: keep equal to the Dockerfile's JAVA_TOOL_OPTIONS and bench/run.sh.
SHIPPED_JVM_OPTS="-XX:+UseSerialGC -Xms128m -Xmx512m -Xmn64m -XX:+ExitOnOutOfMemoryError"
JVM_OPTS=${JVM_OPTS:-$SHIPPED_JVM_OPTS}
if [[ -n ${JAVA:-} ]]; then :; elif [[ -n ${JAVA_HOME:-} ]]; then JAVA=$JAVA_HOME/bin/java; else JAVA=java; fi
APP_DIR=${APP_DIR:-target/fast-start}

JAR=$(ls target/taurusdb-htap-mock-*.jar 2>/dev/null | head -1 || true)
if [[ -z $JAR ]]; then
  echo "start-fast: no jar in target/. Build it first: ./mvnw -B package -DskipTests" >&2
  exit 1
fi
# one JVM launch for both the feature version and the version line the cache stamp records
settings=$("$JAVA" -XshowSettings:properties -version 2>&1)
feature=$(sed -n 's/^ *java.specification.version = //p' <<<"$settings")
if (( ${feature%%.*} >= 25 )); then
  CACHE=$APP_DIR/app.aot; TRAIN=(-XX:AOTCacheOutput="$CACHE"); USE=(-XX:AOTCache="$CACHE")
else
  CACHE=$APP_DIR/app.jsa; TRAIN=(-XX:ArchiveClassesAtExit="$CACHE"); USE=(-XX:SharedArchiveFile="$CACHE")
fi
# shellcheck disable=SC2206
OPTS=($JVM_OPTS)
APP_JAR=$APP_DIR/$(basename "$JAR")

# A cache is used only with the jar and the JVM it was trained with; the options shape its profiles. A change
# to any of the three retrains it.
# the jar by size and time (a rebuild changes the time; hashing 30 MB would slow every start)
stamp="$(stat -c '%s %Y' "$JAR") $(grep -m1 -E '^(openjdk|java) version' <<<"$settings") $JVM_OPTS"
if [[ ! -f $CACHE || ! -f $APP_DIR/stamp || $(cat "$APP_DIR/stamp") != "$stamp" ]]; then
  rm -rf "$APP_DIR"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >/dev/null
  echo "start-fast: training the startup cache once (10-15 s; log: $APP_DIR/training.log)" >&2
  scripts/docker/train-startup-cache.sh "${TRAIN_PORT:-8099}" "$JAVA" "${OPTS[@]}" "${TRAIN[@]}" -jar "$APP_JAR" \
    >"$APP_DIR/training.log" 2>&1 || { tail -30 "$APP_DIR/training.log" >&2; exit 1; }
  [[ -f $CACHE ]] || { tail -30 "$APP_DIR/training.log" >&2; echo "start-fast: no cache was written" >&2; exit 1; }
  echo "$stamp" >"$APP_DIR/stamp"
fi
exec "$JAVA" "${OPTS[@]}" "${USE[@]}" -jar "$APP_JAR" "$@"
