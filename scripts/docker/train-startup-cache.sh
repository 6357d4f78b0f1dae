#!/usr/bin/env sh
# The training run of a startup cache: starts the emulator with the given java command line (which carries
# -XX:AOTCacheOutput=... on Java 25+, or -XX:ArchiveClassesAtExit=... on Java 17-24), sends it the requests a
# test sends (every operation, the common errors, the health probe), stops it with SIGTERM and waits: the JVM
# writes the cache as it exits. A cache trained on requests holds the request path's classes too, not only
# those of the context refresh (-Dspring.context.exit=onRefresh).
#
#   scripts/docker/train-startup-cache.sh PORT java [JVM options...] -jar app/taurusdb-htap-mock.jar
#
# Needs curl. The emulator's output goes to stdout; the caller checks that the cache file exists.
set -eu
port=$1
shift
# An AOT cache without the method profiles of the training run (JEP 515): with them, the JIT compiled the
# training's hot paths first, and creates right after a start ran at ~4,300 req/s for the first 25 s instead of
# ~9,000-11,000 (docs/performance.md). The classes stay loaded and linked in the cache, which is the startup gain.
for arg do
  shift
  case $arg in
    -XX:AOTCacheOutput=*) set -- "$@" -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining ;;
  esac
  set -- "$@" "$arg"
done
"$@" --server.port="$port" --emulator.jobs.duration=0s &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
base=http://127.0.0.1:$port
api=$base/v3/0123456789abcdef0123456789abcdef/instances/aaaabbbbccccddddeeeeffff00001111in17/starrocks/databases/replication
tries=0
until curl -fs -o /dev/null "$base/actuator/health/readiness"; do
  tries=$((tries + 1))
  if [ "$tries" -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then echo "train: the emulator did not start"; exit 1; fi
  sleep 0.2
done

req() { # METHOD PATH [BODY]
  if [ $# -ge 3 ]; then
    curl -s -o /dev/null -X "$1" -H 'X-Auth-Token: train' -H 'Content-Type: application/json' --data-binary "$3" "$2"
  else
    curl -s -o /dev/null -X "$1" -H 'X-Auth-Token: train' "$2"
  fi
}
create='{"source_instance_id":"1111aaaa2222bbbb3333cccc4444ddddin07","source_node_id":"5555eeee6666ffff7777gggg8888hhhhno07","source_database":"src_db","target_database":"train_db","task_name":"train_task"}'
for round in 1 2 3; do
  req POST "$api" "$create"
  req GET "$api/configuration?task_name=train_task"
  req PUT "$api" '{"task_name":"train_task","db_configs":[{"param_name":"binlog_expire_logs_seconds","value":"86400"}],"tables_configs":[{"table_name":"t1","table_config":"order by id;replication_num=3"}],"table_repl_config":{"repl_type":"include_tables","repl_scope":"part","tables":["t1","t2"]}}'
  req GET "$api/configuration/train_db"
  req GET "$api?limit=10&offset=0"
  req POST "$api/table-config-check" '{"task_name":"train_two","is_create_task":"true","source_instance_id":"1111aaaa2222bbbb3333cccc4444ddddin07","source_database_name":"sales","target_database_name":"train_ap","tables_configs":[{"table_name":"orders","table_config":"data_model=duplicate key;key columns id, customer_id"}]}'
  req POST "$api/database-config-check" '{"source_instance_id":"1111aaaa2222bbbb3333cccc4444ddddin07","source_database_name":"src_db","db_configs":[{"param_name":"binlog_expire_logs_seconds","value":"86400"}]}'
  req GET "$api/database-parameters"
  req POST "$api/pause" '{"task_name":"train_task"}'
  req POST "$api/resume" '{"task_name":"train_task"}'
  req DELETE "$api" '{"task_name":"train_task"}'
  req DELETE "$api" '{"task_name":"train_two"}'
  req GET "$api/configuration?task_name=no_such_task"
  curl -s -o /dev/null "$api/configuration?task_name=no_such_task"
  req POST "$api" '{not json'
  req GET "$base/actuator/health/readiness"
  req GET "$base/actuator/health/liveness"
done
kill -TERM "$pid"
wait "$pid" || true
echo "train: done"
