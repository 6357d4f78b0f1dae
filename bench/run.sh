#!/usr/bin/env bash
# The benchmark: taurusdb-htap-mock against WireMock standalone (the peer), interleaved run by run, on this
# machine. Prints a Markdown table and writes it to bench/results/<date>.md (raw figures: <date>.tsv).
#
#   bench/run.sh                          # 5 runs, wrk 15 s after a 10 s warm-up, 100,000 stored tasks, image row
#   RUNS=2 DURATION=3s WARMUP=2s TASKS=10000 bench/run.sh     # a quick trial
#
# Needs: a JDK 17+ (JAVA_HOME or java on PATH; its jcmd is used too), curl, Debian's wrk; Docker for the image
# row (skipped with a note when there is none). See docs/performance.md for what is measured and why.
#
# Settings (environment):
#   RUNS=5 DURATION=15s WARMUP=10s THREADS=2 CONNECTIONS=32 TASKS=100000 STORE_CLIENTS=4
#   IMAGE=1          0: skip the Docker image row
#   EMBEDDED=1       0: skip the test kit's first start (which builds and installs the server and the kit first)
#   IMAGE_RUNS=$RUNS container starts per image
#   JVM_OPTS=...     the emulator's JVM options (default: the shipped ones, as in the Dockerfile and README)
#   STARTUP_CACHE=auto|aot|cds|none   how the emulator is started: auto = AOT cache on Java 25+, CDS before
#   WIREMOCK_VERSION=3.13.2   fetched with the Maven wrapper from Maven Central into ~/.m2
#   OUT=bench/results/<date>.md
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

RUNS=${RUNS:-5}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
TASKS=${TASKS:-100000}
STORE_CLIENTS=${STORE_CLIENTS:-4}
IMAGE=${IMAGE:-1}
EMBEDDED=${EMBEDDED:-1}
IMAGE_RUNS=${IMAGE_RUNS:-$RUNS}
WIREMOCK_VERSION=${WIREMOCK_VERSION:-3.13.2}
# The shipped JVM options: keep equal to the Dockerfile's JAVA_TOOL_OPTIONS and scripts/start-fast.sh.
SHIPPED_JVM_OPTS="-XX:+UseSerialGC -Xms128m -Xmx512m -Xmn64m -XX:+ExitOnOutOfMemoryError"
JVM_OPTS=${JVM_OPTS:-$SHIPPED_JVM_OPTS}
STARTUP_CACHE=${STARTUP_CACHE:-auto}

US_PORT=18110
PEER_PORT=18120
TRAIN_PORT=18199
IMAGE_US_PORT=18130
IMAGE_PEER_PORT=18140
PROJECT=0123456789abcdef0123456789abcdef
INSTANCE=aaaabbbbccccddddeeeeffff00001111in17
API_PATH=/v3/$PROJECT/instances/$INSTANCE/starrocks/databases/replication
JAR_NAME=taurusdb-htap-mock-0.1.0-SNAPSHOT.jar

if [[ -n ${JAVA_HOME:-} ]]; then JAVA=$JAVA_HOME/bin/java; JCMD=$JAVA_HOME/bin/jcmd; JAVAC=$JAVA_HOME/bin/javac
else JAVA=$(command -v java); JCMD=$(dirname "$(readlink -f "$JAVA")")/jcmd; JAVAC=$(dirname "$(readlink -f "$JAVA")")/javac; fi
for tool in "$JAVA" "$JCMD" "$JAVAC"; do [[ -x $tool ]] || { echo "missing $tool (a JDK is needed)"; exit 1; }; done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
command -v curl >/dev/null || { echo "curl is missing"; exit 1; }
JAVA_FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')

STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)
WORK=$ROOT/bench/.work/$STAMP
mkdir -p "$WORK" "$ROOT/bench/results"
OUT=${OUT:-$ROOT/bench/results/$(date -u +%F).md}
TSV=${OUT%.md}.tsv
RAW=$WORK/results.tsv
printf 'system\tfigure\trun\tvalue\n' >"$RAW"
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$RAW"; log "  $1 run $3: $2 = $4"; }

SERVER_PIDS=()
CONTAINERS=()
STARTED_DOCKERD=0
cleanup() {
  for p in ${SERVER_PIDS[@]+"${SERVER_PIDS[@]}"}; do stop_pid "$p"; done
  for c in ${CONTAINERS[@]+"${CONTAINERS[@]}"}; do docker rm -f "$c" >/dev/null 2>&1 || true; done
  if [[ $STARTED_DOCKERD == 1 ]]; then bash ../shared/tools/docker-sandbox.sh --stop || true; fi
}
trap cleanup EXIT

stop_pid() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

rss_mb() { awk -v f="${2:-VmRSS}:" '$1 == f { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

# Live heap in MB after a full GC: the total of a class histogram (which runs the full GC first).
live_heap_mb() { "$JCMD" "$1" GC.class_histogram 2>/dev/null | awk '$1 == "Total" { printf "%.2f", $3 / 1048576 }'; }

# CPU time (user + system) the process has used, in ms: with the requests served, the CPU each request costs,
# which does not count the time the server waited for a core (wrk shares the machine), though the JIT's work does.
CLK_TCK=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$CLK_TCK" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / t }' "/proc/$1/stat"; }

# Runs wrk; prints "req/s p50_ms p99_ms errors requests".
run_wrk() {
  local out
  out=$(wrk --latency -t"$THREADS" -c"$CONNECTIONS" "$@")
  echo "$out" >>"$WORK/wrk.log"
  echo "$out" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /requests in/ { n = $1 } /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { err += $NF }
    /Socket errors:/ { for (i = 3; i <= NF; i += 2) { gsub(",", "", $(i + 1)); err += $(i + 1) } }
    END { printf "%.0f %.3f %.3f %d %d\n", rps, p50, p99, err, n }'
}

# ---- preparation ----------------------------------------------------------------------------------------
log "compiling bench/BenchTool.java"
mkdir -p "$WORK/classes"
"$JAVAC" -d "$WORK/classes" bench/BenchTool.java
TOOL=("$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$WORK/classes" BenchTool)

# The test kit's classpath, as bench/junit-start.sh builds it: the server installed, the kit compiled against it
# (this also builds target/$JAR_NAME, before its startup cache is trained below).
if [[ $EMBEDDED == 1 ]]; then
  log "building the server and the test kit (./mvnw install, testkit test-compile)"
  ./mvnw -q -B install -Dmaven.test.skip=true -Dinvoker.skip
  (cd testkit && ../mvnw -q -B test-compile \
    && ../mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/kit.classpath")
  KIT_CP="$ROOT/testkit/target/test-classes:$ROOT/testkit/target/classes:$(cat "$WORK/kit.classpath")"
  mkdir -p "$WORK/embedded"
  "$JAVAC" -d "$WORK/embedded" -cp "$KIT_CP" bench/EmbeddedStart.java bench/BenchTool.java
  EMBEDDED_CMD=("$JAVA" -cp "$WORK/embedded:$KIT_CP" EmbeddedStart "$API_PATH")
  # the kit unpacks the server jar on its first use of a version, once: not part of a first start
  "${EMBEDDED_CMD[@]}" >/dev/null 2>&1 || { log "the embedded start failed"; "${EMBEDDED_CMD[@]}"; exit 1; }
elif [[ ! -f target/$JAR_NAME ]]; then
  log "building the emulator: ./mvnw -B -o package -DskipTests"
  ./mvnw -B -q -o package -DskipTests
fi

WIREMOCK_JAR=$HOME/.m2/repository/org/wiremock/wiremock-standalone/$WIREMOCK_VERSION/wiremock-standalone-$WIREMOCK_VERSION.jar
if [[ ! -f $WIREMOCK_JAR ]]; then
  log "fetching WireMock $WIREMOCK_VERSION from Maven Central"
  ./mvnw -B -q dependency:get -Dartifact=org.wiremock:wiremock-standalone:$WIREMOCK_VERSION -Dtransitive=false
fi

# The emulator as the README starts it fast: the jar extracted, plus a startup cache written by a training
# run that serves a few requests (Java 25+: AOT cache, JEP 483/514/515; before: a dynamic CDS archive).
if [[ $STARTUP_CACHE == auto ]]; then
  if (( ${JAVA_FEATURE%%.*} >= 25 )); then STARTUP_CACHE=aot; else STARTUP_CACHE=cds; fi
fi
APP=$WORK/app
"$JAVA" -Djarmode=tools -jar "target/$JAR_NAME" extract --destination "$APP" >/dev/null
# shellcheck disable=SC2206
JVM_ARGS=($JVM_OPTS)
case $STARTUP_CACHE in
  aot) TRAIN_FLAG=(-XX:AOTCacheOutput="$APP/app.aot"); RUN_FLAG=(-XX:AOTCache="$APP/app.aot") ;;
  cds) TRAIN_FLAG=(-XX:ArchiveClassesAtExit="$APP/app.jsa"); RUN_FLAG=(-XX:SharedArchiveFile="$APP/app.jsa") ;;
  none) TRAIN_FLAG=(); RUN_FLAG=() ;;
  *) echo "STARTUP_CACHE must be auto, aot, cds or none"; exit 1 ;;
esac
if [[ $STARTUP_CACHE != none ]]; then
  log "training run for the startup cache ($STARTUP_CACHE)"
  train_start=$(date +%s)
  scripts/docker/train-startup-cache.sh "$TRAIN_PORT" "$JAVA" "${JVM_ARGS[@]}" "${TRAIN_FLAG[@]}" -jar "$APP/$JAR_NAME" \
    >"$WORK/training.log" 2>&1 || { tail -30 "$WORK/training.log"; exit 1; }
  [[ -f $APP/app.aot || -f $APP/app.jsa ]] || { tail -30 "$WORK/training.log"; echo "no startup cache written"; exit 1; }
  log "training took $(( $(date +%s) - train_start )) s"
fi
# the POST load (~200,000 creates on a quiet machine) and the stored-tasks step put their tasks on one instance:
# far above the default quotas (docs/configuration.md); the memory budget still applies (~490,000 tasks)
QUOTAS=(--emulator.limits.tasks-per-instance=$((TASKS + 1000000)) --emulator.limits.tasks-per-project=$((TASKS + 1000000))
  --emulator.limits.jobs-per-project=$((2 * TASKS + 2000000)))
US_CMD=("$JAVA" "${JVM_ARGS[@]}" "${RUN_FLAG[@]}" -jar "$APP/$JAR_NAME" --server.port=$US_PORT "${QUOTAS[@]}")
PLAIN_CMD=("$JAVA" "${JVM_ARGS[@]}" -jar "target/$JAR_NAME" --server.port=$US_PORT)
PEER_CMD=("$JAVA" -jar "$WIREMOCK_JAR" --port $PEER_PORT --root-dir bench/wiremock --disable-banner)

# ---- the machine, the versions, the options ---------------------------------------------------------------
others() { ps -eo pid,args | awk -v me=$$ -v work="$WORK" '/[j]ava|[m]vn/ && $1 != me && index($0, work) == 0' | wc -l; }
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
OTHERS_BEFORE=$(others)
{
  echo "# Benchmark: taurusdb-htap-mock vs WireMock ($(date -u '+%F %H:%M UTC'))"
  echo
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
  echo "- load average before: $LOAD_BEFORE; other java/mvn processes before: $OTHERS_BEFORE"
  echo "- JVM (both servers): $("$JAVA" -version 2>&1 | sed -n 2p) — \`$JAVA\`"
  echo "- taurusdb-htap-mock: \`$JAR_NAME\` (sha256 $(sha256sum "target/$JAR_NAME" | cut -c1-12)), extracted, startup cache: $STARTUP_CACHE"
  echo "  - command: \`java ${JVM_OPTS} ${RUN_FLAG[*]//$APP\//} -jar $JAR_NAME\`"
  echo "  - defaults as shipped: request journal on (1000 entries), Actuator observations on, persistence off, jobs 2 s"
  echo "- WireMock: org.wiremock:wiremock-standalone:$WIREMOCK_VERSION from Maven Central, default JVM options and settings (request journal on, unbounded): \`java -jar wiremock-standalone-$WIREMOCK_VERSION.jar --port N --root-dir bench/wiremock --disable-banner\`"
  echo "- load: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency\` after a $WARMUP warm-up of the same kind; GET configuration of one existing task (reply: the same 585 bytes of JSON from both); POST create with a new task name and target database per request (bench/create.lua; WireMock answers a fixed \`{\"job_id\"}\`)"
  echo "- startup: from process launch to the first 200 on GET configuration; the poller (bench/BenchTool.java) sends one POST create as soon as anything answers (the GET needs the task), the same for both"
  echo "- memory: RSS from /proc; live heap = total of \`jcmd GC.class_histogram\` (after its full GC); heap per task = live-heap delta over $TASKS tasks created by $STORE_CLIENTS clients after the load"
  if [[ $EMBEDDED == 1 ]]; then echo "- test kit: \`TaurusHtapEmulator.start()\` (testkit/, the runnable jar in a class loader of its own) in a fresh JVM with the JVM's default options, on the kit's test classpath (bench/EmbeddedStart.java); the kit's unpacked copy of the jar made beforehand, as after any earlier test run"; fi
  echo "- runs: $RUNS, interleaved (us, peer, us, peer, ...); every cell: median [min – max]"
} >"$WORK/meta.md"

# ---- one run of one server ------------------------------------------------------------------------------
bench_server() { # system run port command...
  local system=$1 run=$2 port=$3; shift 3
  local base=http://127.0.0.1:$port$API_PATH
  log "$system run $run: starting"
  local times pid
  times=$("${TOOL[@]}" launch "$base" bench_task "$WORK/$system-$run.log" "$WORK/pid" -- "$@")
  pid=$(cat "$WORK/pid"); SERVER_PIDS+=("$pid")
  record "$system" startup_ms "$run" "${times% *}"
  record "$system" first_reply_ms "$run" "${times#* }"
  sleep 2
  record "$system" rss_idle_mb "$run" "$(rss_mb "$pid")"
  if [[ $system == us ]]; then
    # the create job has run (2 s): give the task a db_configs item, so the reply is the stub's 585 bytes
    sleep 0.5
    curl -sf -o /dev/null -H 'X-Auth-Token: bench' -H 'Content-Type: application/json' -X PUT "$base" \
      -d '{"task_name":"bench_task","db_configs":[{"param_name":"binlog_expire_logs_seconds","value":"86400"}]}'
    sleep 2.2
  fi
  curl -sf -H 'X-Auth-Token: bench' "$base/configuration?task_name=bench_task" >"$WORK/$system-get.json"
  if [[ -f $WORK/us-get.json && -f $WORK/peer-get.json ]] && ! cmp -s "$WORK/us-get.json" "$WORK/peer-get.json"; then
    log "WARNING: the GET configuration replies differ: $WORK/us-get.json $WORK/peer-get.json"
  fi

  local r
  run_wrk -d"$WARMUP" -s bench/get.lua "$base/configuration?task_name=bench_task" >/dev/null
  local cpu0
  cpu0=$(cpu_ms "$pid")
  r=($(run_wrk -d"$DURATION" -s bench/get.lua "$base/configuration?task_name=bench_task"))
  record "$system" get_cpu_us "$run" "$(( ($(cpu_ms "$pid") - cpu0) * 1000 / r[4] ))"
  record "$system" get_rps "$run" "${r[0]}"; record "$system" get_p50_ms "$run" "${r[1]}"
  record "$system" get_p99_ms "$run" "${r[2]}"; record "$system" get_errors "$run" "${r[3]}"

  local w
  w=($(run_wrk -d"$WARMUP" -s bench/create.lua "$base" -- "w$run"))
  cpu0=$(cpu_ms "$pid")
  r=($(run_wrk -d"$DURATION" -s bench/create.lua "$base" -- "m$run"))
  record "$system" post_cpu_us "$run" "$(( ($(cpu_ms "$pid") - cpu0) * 1000 / r[4] ))"
  record "$system" post_rps "$run" "${r[0]}"; record "$system" post_p50_ms "$run" "${r[1]}"
  record "$system" post_p99_ms "$run" "${r[2]}"; record "$system" post_errors "$run" "${r[3]}"
  record "$system" post_stored "$run" "$(( w[4] - w[3] + r[4] - r[3] ))"

  sleep 2
  record "$system" rss_load_mb "$run" "$(rss_mb "$pid")"
  record "$system" rss_load_anon_mb "$run" "$(rss_mb "$pid" RssAnon)"
  local before after s
  before=$(live_heap_mb "$pid")
  record "$system" heap_load_mb "$run" "$before"
  s=($("${TOOL[@]}" store "$base" "s$run" "$TASKS" "$STORE_CLIENTS"))
  record "$system" store_rps "$run" "${s[0]}"
  (( s[1] == 0 )) || log "WARNING: $system: ${s[1]} of $TASKS creates failed"
  sleep 2
  record "$system" rss_stored_mb "$run" "$(rss_mb "$pid")"
  after=$(live_heap_mb "$pid")
  record "$system" heap_stored_mb "$run" "$after"
  record "$system" bytes_per_task "$run" "$(awk -v a="$after" -v b="$before" -v n="$TASKS" 'BEGIN { printf "%.0f", (a - b) * 1048576 / n }')"
  stop_pid "$pid"
}

# Startup only, the fat jar without extraction or cache (what `java -jar target/...jar` gives).
bench_plain_startup() {
  local run=$1 times pid
  times=$("${TOOL[@]}" launch "http://127.0.0.1:$US_PORT$API_PATH" bench_task "$WORK/plain-$run.log" "$WORK/pid" -- "${PLAIN_CMD[@]}")
  pid=$(cat "$WORK/pid"); SERVER_PIDS+=("$pid")
  record us startup_plain_ms "$run" "${times% *}"
  stop_pid "$pid"
}

# The test kit's first start in a fresh JVM with the JVM's default options (a test JVM's): EmbeddedStart prints the
# JVM's uptime at the first 200 on GET configuration, and the kit's start call alone.
bench_embedded() {
  local run=$1 out
  out=$("${EMBEDDED_CMD[@]}" 2>"$WORK/embedded-$run.log" | tail -1)
  record us embedded_first200_ms "$run" "${out% *}"
  record us embedded_start_call_ms "$run" "${out#* }"
}

for run in $(seq 1 "$RUNS"); do
  bench_server us "$run" $US_PORT "${US_CMD[@]}"
  bench_server peer "$run" $PEER_PORT "${PEER_CMD[@]}"
  bench_plain_startup "$run"
  if [[ $EMBEDDED == 1 ]]; then bench_embedded "$run"; fi
done

# Classes loaded to the first 200: one more start of each, with the JVM's class-load log (not timed)
count_classes() { # system figure port command...
  local system=$1 figure=$2 port=$3 pid
  local log=$WORK/classes-$system-$figure.log
  shift 3
  "${TOOL[@]}" launch "http://127.0.0.1:$port$API_PATH" bench_task "$WORK/classes-$system-$figure.out" "$WORK/pid" \
    -- "$1" "-Xlog:class+load:file=$log" "${@:2}" >/dev/null
  pid=$(cat "$WORK/pid"); SERVER_PIDS+=("$pid")
  record "$system" "$figure" 1 "$(grep -c '' "$log")"
  stop_pid "$pid"
}
count_classes us classes_loaded $US_PORT "${US_CMD[@]}"
count_classes us classes_loaded_plain $US_PORT "${PLAIN_CMD[@]}"
count_classes peer classes_loaded $PEER_PORT "${PEER_CMD[@]}"

# ---- the image ----------------------------------------------------------------------------------------------
IMAGE_NOTE=""
docker_ok() { command -v docker >/dev/null && docker info >/dev/null 2>&1 && docker image inspect eclipse-temurin:25-jre eclipse-temurin:25-jdk debian:bookworm-slim >/dev/null 2>&1; }
if [[ $IMAGE == 1 ]] && ! docker_ok && [[ -f ../shared/tools/docker-sandbox.sh ]]; then
  docker info >/dev/null 2>&1 || STARTED_DOCKERD=1
  log "no Docker engine or base images: trying ../shared/tools/docker-sandbox.sh"
  bash ../shared/tools/docker-sandbox.sh eclipse-temurin:25-jdk eclipse-temurin:25-jre >&2 || true
  scripts/docker/slim-base-stand-in.sh >&2 || true
fi
if [[ $IMAGE != 1 ]]; then
  IMAGE_NOTE="- image: skipped (IMAGE=0)"
elif ! docker_ok; then
  IMAGE_NOTE="- image: **skipped** — no Docker engine (or no eclipse-temurin:25 base images) on this machine"
else
  log "building the images"
  build_start=$(date +%s)
  docker build -q -t taurusdb-htap-mock:bench . >"$WORK/docker-build.log" 2>&1 || { tail -30 "$WORK/docker-build.log"; exit 1; }
  log "emulator image built in $(( $(date +%s) - build_start )) s"
  mkdir -p "$WORK/wiremock-image"
  cp "$WIREMOCK_JAR" "$WORK/wiremock-image/wiremock-standalone.jar"
  cp -r bench/wiremock/mappings bench/wiremock/__files bench/wiremock/Dockerfile "$WORK/wiremock-image/"
  docker build -q -t bench-wiremock:$WIREMOCK_VERSION "$WORK/wiremock-image" >>"$WORK/docker-build.log" 2>&1 || { tail -30 "$WORK/docker-build.log"; exit 1; }
  record us image_size_mb 1 "$(docker image inspect -f '{{.Size}}' taurusdb-htap-mock:bench | awk '{ printf "%.0f", $1 / 1e6 }')"
  record peer image_size_mb 1 "$(docker image inspect -f '{{.Size}}' bench-wiremock:$WIREMOCK_VERSION | awk '{ printf "%.0f", $1 / 1e6 }')"
  bench_image() { # system run port image
    local system=$1 run=$2 port=$3 image=$4 name=bench-$1-$2-$$ times start_ms now state
    CONTAINERS+=("$name")
    start_ms=$(date +%s%3N)
    times=$("${TOOL[@]}" launch "http://127.0.0.1:$port$API_PATH" bench_task "$WORK/image-$system-$run.log" "$WORK/pid" \
      -- docker run --rm --name "$name" -p "127.0.0.1:$port:8080" "$image")
    record "$system" image_first200_ms "$run" "${times% *}"
    while :; do
      state=$(docker inspect -f '{{.State.Health.Status}}' "$name" 2>/dev/null || echo gone)
      [[ $state == healthy ]] && break
      [[ $state == unhealthy || $state == gone ]] && { log "$name is $state"; break; }
      sleep 0.05
    done
    now=$(date +%s%3N)
    record "$system" image_healthy_ms "$run" "$(( now - start_ms ))"
    record "$system" image_rss_mb "$run" "$(docker stats --no-stream --format '{{.MemUsage}}' "$name" | awk '{ v = $1; m = (v ~ /GiB/) ? 1024 : (v ~ /KiB/ ? 1 / 1024 : 1); gsub(/[A-Za-z]/, "", v); printf "%.0f", v * m }')"
    docker rm -f "$name" >/dev/null 2>&1 || true
  }
  for run in $(seq 1 "$IMAGE_RUNS"); do
    bench_image us "$run" $IMAGE_US_PORT taurusdb-htap-mock:bench
    bench_image peer "$run" $IMAGE_PEER_PORT bench-wiremock:$WIREMOCK_VERSION
  done
  base_note=$(docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.title"}}' eclipse-temurin:25-jre 2>/dev/null || true)
  IMAGE_NOTE="- image: \`docker build\` of this repository's Dockerfile (a jlink'ed Java 25 runtime on debian:bookworm-slim) vs bench/wiremock/Dockerfile (eclipse-temurin:25-jre plus the WireMock jar and stubs), same 3 s HEALTHCHECK interval; docker $(docker version --format '{{.Server.Version}}'). Startup to healthy depends on the HEALTHCHECK interval (3 s). If the base images are the docker-sandbox stand-ins, sizes are distorted: its eclipse-temurin:25-jre is Debian plus a whole JDK ($(docker image inspect -f '{{.Size}}' eclipse-temurin:25-jre | awk '{ printf "%.0f", $1 / 1e6 }') MB here; the official JRE image is ~275 MB), its debian:bookworm-slim is a debootstrap minbase ($(docker image inspect -f '{{.Size}}' debian:bookworm-slim | awk '{ printf "%.0f", $1 / 1e6 }') MB here; the official one is ~75 MB)."
fi

# ---- the report ---------------------------------------------------------------------------------------------
{
  echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg); other java/mvn processes after: $(others)"
  echo "$IMAGE_NOTE"
} >>"$WORK/meta.md"
cp "$RAW" "$TSV"
"${TOOL[@]}" report "$RAW" "$WORK/meta.md" "$OUT"
log "written: $OUT and $TSV (work files: $WORK)"
