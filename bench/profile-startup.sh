#!/usr/bin/env bash
# Where the startup time goes: starts the emulator the fast way (as scripts/start-fast.sh does: the jar extracted,
# the startup cache, the shipped JVM options) under async-profiler's CPU sampler (1 ms), waits for the first 200 on
# GET configuration (the same poll as bench/run.sh), stops it, and prints the CPU time of every JVM thread and the
# main thread's CPU time by startup phase (bench/startup_phases.py). docs/performance.md shows its output.
#
#   bench/profile-startup.sh [RUNS]        # default 3 runs, each printed; needs Java 25 for the AOT cache
#
# Environment: JAVA (default $JAVA_HOME/bin/java), JVM_OPTS (default: the shipped options), ASYNC_PROFILER=4.2
# (fetched from Maven Central with the Maven wrapper). Needs python3 and a built jar (./mvnw -B package -DskipTests).
# The cache must have been trained without the profiler: the agent does not change which classes load.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
ASYNC_PROFILER=${ASYNC_PROFILER:-4.2}
if [[ -z ${JAVA:-} ]]; then JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java; fi
JVM_OPTS=${JVM_OPTS:-"-XX:+UseSerialGC -Xms128m -Xmx512m -Xmn64m -XX:+ExitOnOutOfMemoryError"}
WORK=bench/.work/profile
mkdir -p "$WORK"

case $(uname -m) in x86_64) arch=linux-x64 ;; aarch64) arch=linux-arm64 ;; *) echo "unsupported: $(uname -m)"; exit 1 ;; esac
agent=$WORK/async-profiler-$ASYNC_PROFILER/$arch/libasyncProfiler.so
if [[ ! -f $agent ]]; then
  ./mvnw -B -q dependency:get -Dartifact=tools.profiler:async-profiler:$ASYNC_PROFILER -Dtransitive=false
  (cd "$WORK" && mkdir -p "async-profiler-$ASYNC_PROFILER" && cd "async-profiler-$ASYNC_PROFILER" \
    && unzip -q -o "$HOME/.m2/repository/tools/profiler/async-profiler/$ASYNC_PROFILER/async-profiler-$ASYNC_PROFILER.jar" "$arch/*")
fi

# the extracted jar and its startup cache, trained afresh by scripts/start-fast.sh for the jar in target/ (it then
# starts the emulator: stop it as soon as the cache is there)
APP_DIR=$WORK/app
rm -rf "$APP_DIR"
export JAVA JVM_OPTS APP_DIR
TRAIN_PORT=18198 scripts/start-fast.sh --server.port=18197 >"$WORK/start-fast.log" 2>&1 &
starter=$!
for _ in $(seq 1 180); do [[ -f $APP_DIR/stamp ]] && break; kill -0 "$starter" 2>/dev/null || break; sleep 1; done
kill "$starter" 2>/dev/null || true
wait "$starter" 2>/dev/null || true
[[ -f $APP_DIR/stamp ]] || { tail -20 "$WORK/start-fast.log"; exit 1; }
if [[ -f $APP_DIR/app.aot ]]; then use=-XX:AOTCache=$APP_DIR/app.aot; else use=-XX:SharedArchiveFile=$APP_DIR/app.jsa; fi

mkdir -p "$WORK/classes"
"${JAVA%java}javac" -d "$WORK/classes" bench/BenchTool.java
port=18196
api=http://127.0.0.1:$port/v3/0123456789abcdef0123456789abcdef/instances/aaaabbbbccccddddeeeeffff00001111in17/starrocks/databases/replication
# shellcheck disable=SC2206
opts=($JVM_OPTS)
for run in $(seq 1 "$RUNS"); do
  out=$WORK/run-$run.collapsed
  times=$("$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$WORK/classes" BenchTool launch "$api" bench_task \
    "$WORK/run-$run.log" "$WORK/pid" -- "$JAVA" "${opts[@]}" "$use" \
    "-agentpath:$agent=start,event=cpu,interval=1ms,threads,collapsed,file=$out" \
    -jar "$APP_DIR/$(ls "$APP_DIR" | grep -m1 '\.jar$')" --server.port=$port)
  pid=$(cat "$WORK/pid")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  echo "## run $run: launch to the first 200 ${times% *} ms (JVM $("$JAVA" -version 2>&1 | sed -n 2p))"
  python3 bench/startup_phases.py "$out"
  echo
done
