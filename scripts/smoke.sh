#!/usr/bin/env bash
# Smoke test of a running emulator, with curl only (and python3 to read JSON):
#
#   scripts/smoke.sh http://localhost:8080
#
# Walks through every operation and the main errors against the demo topology and checks the exact status,
# error_code, headers and key fields of each reply. Task and database names are unique per run, so it can run
# any number of times against the same emulator. Prints one line per check and "smoke: N passed, N failed";
# exits non-zero on any unexpected reply.
#
# Adding a check: write a `check_...` function below (use `call`, then the `expect_*` helpers) and add it to
# the list in `main`. `call` keeps the last reply in $STATUS, $REPLY_FILE and $HEADERS_FILE.
set -uo pipefail

BASE_URL=${1:?usage: scripts/smoke.sh BASE_URL   (e.g. http://localhost:8080)}
BASE_URL=${BASE_URL%/}

PROJECT=0123456789abcdef0123456789abcdef
INSTANCE=aaaabbbbccccddddeeeeffff00001111in17
SOURCE_INSTANCE=1111aaaa2222bbbb3333cccc4444ddddin07
READ_REPLICA=5555eeee6666ffff7777gggg8888hhhhno07
REPLICATION=/v3/$PROJECT/instances/$INSTANCE/starrocks/databases/replication
TOKEN=smoke-token

RUN_ID=$(date +%s)$$
TASK=smoke_${RUN_ID}
TARGET=smoke_tgt_${RUN_ID}

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
REPLY_FILE=$WORK/reply
HEADERS_FILE=$WORK/headers
STATUS=000
PASSED=0
FAILED=0
CURRENT=""

# ---- helpers -----------------------------------------------------------------------------------------------

# call METHOD PATH [BODY] [extra curl arguments...]: sends X-Auth-Token unless an argument is --no-auth.
call() {
  local method=$1 path=$2 body=${3:-}
  shift 2; [[ $# -gt 0 ]] && shift
  local args=(-sS -X "$method" -o "$REPLY_FILE" -D "$HEADERS_FILE" -w '%{http_code}' --max-time 20)
  local auth=1 extra=()
  for a in "$@"; do
    if [[ $a == --no-auth ]]; then auth=0; else extra+=("$a"); fi
  done
  [[ $auth == 1 ]] && args+=(-H "X-Auth-Token: $TOKEN")
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  STATUS=$(curl "${args[@]}" ${extra[@]+"${extra[@]}"} "$BASE_URL$path" 2>"$WORK/curl-error") || STATUS=000
}

pass() { PASSED=$((PASSED + 1)); echo "ok      $CURRENT${1:+: $1}"; }
fail() {
  FAILED=$((FAILED + 1))
  echo "FAILED  $CURRENT: $1"
  echo "        reply: HTTP $STATUS $(head -c 600 "$REPLY_FILE" 2>/dev/null)"
}

# json EXPR: evaluates a Python expression over the reply parsed as `j`; prints its value (JSON for non-strings).
json() {
  python3 - "$REPLY_FILE" "$1" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    j = json.load(f)
v = eval(sys.argv[2], {"j": j, "re": __import__("re"), "json": json})
print(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
PY
}

header() { grep -i "^$1:" "$HEADERS_FILE" | head -1 | sed -E 's/^[^:]+:[[:space:]]*//; s/\r$//'; }

# The headers every API reply has, errors included.
wire_headers_ok() {
  local type id
  type=$(header Content-Type); id=$(header X-Request-Id)
  if [[ ${type,,} != "application/json;charset=utf-8" ]]; then fail "Content-Type is '$type'"; return 1; fi
  if ! [[ $id =~ ^[0-9a-f]{32}$ ]]; then fail "X-Request-Id is '$id'"; return 1; fi
}

# expect_ok [PYTHON_CONDITION...]: 200, the API's headers, and each condition true of the reply `j`.
expect_ok() {
  if [[ $STATUS != 200 ]]; then fail "expected HTTP 200"; return 1; fi
  wire_headers_ok || return 1
  local condition
  for condition in "$@"; do
    if [[ $(json "bool($condition)" 2>/dev/null) != true ]]; then fail "expected $condition"; return 1; fi
  done
  pass
}

# expect_error STATUS ERROR_CODE [MESSAGE_START]: the documented error shape; APIGW.* errors carry request_id.
expect_error() {
  local status=$1 code=$2 start=${3:-}
  if [[ $STATUS != "$status" ]]; then fail "expected HTTP $status $code"; return 1; fi
  wire_headers_ok || return 1
  local got keys
  got=$(json 'j["error_code"]' 2>/dev/null)
  if [[ $got != "$code" ]]; then fail "expected error_code $code, got '$got'"; return 1; fi
  keys=$(json 'sorted(j)' 2>/dev/null)
  if [[ $code == APIGW.* ]]; then
    if [[ $keys != '["error_code", "error_msg", "request_id"]' ]]; then fail "fields $keys"; return 1; fi
    if [[ $(json 'j["request_id"]') != "$(header X-Request-Id)" ]]; then fail "request_id differs from X-Request-Id"; return 1; fi
  elif [[ $keys != '["error_code", "error_msg"]' ]]; then
    fail "fields $keys"; return 1
  fi
  if [[ -n $start && $(json 'j["error_msg"]') != "$start"* ]]; then fail "error_msg does not start with '$start'"; return 1; fi
  pass "$code"
}

create_body() { # TASK SOURCE_DB TARGET_DB
  printf '{"source_instance_id":"%s","source_node_id":"%s","source_database":"%s","target_database":"%s","task_name":"%s"}' \
    "$SOURCE_INSTANCE" "$READ_REPLICA" "$2" "$3" "$1"
}

# ---- service endpoints -------------------------------------------------------------------------------------

check_health() {
  CURRENT="readiness probe"
  call GET /actuator/health/readiness
  if [[ $STATUS == 200 && $(json 'j["status"]') == UP ]]; then pass; else fail "expected 200 UP"; fi
  CURRENT="liveness probe"
  call GET /actuator/health/liveness
  if [[ $STATUS == 200 && $(json 'j["status"]') == UP ]]; then pass; else fail "expected 200 UP"; fi
}

check_api_description() {
  CURRENT="OpenAPI document lists the operations"
  call GET /_emulator/openapi.json
  local ids
  ids=$(json 'sorted(o["operationId"] for p in j["paths"].values() for o in p.values())' 2>/dev/null)
  local op missing=""
  for op in CheckTableConfig CreateStarRocksDataReplication ListStarRocksDataReplicationConfig ModifyDataSync; do
    [[ $ids == *"\"$op\""* ]] || missing+=" $op"
  done
  if [[ $STATUS == 200 && -z $missing ]]; then pass; else fail "missing:${missing:- (HTTP $STATUS)}"; fi
  CURRENT="Swagger UI page"
  call GET /_emulator/swagger-ui/index.html
  if [[ $STATUS == 200 ]] && grep -q 'swagger-ui' "$REPLY_FILE"; then pass; else fail "expected the Swagger UI page"; fi
  CURRENT="Swagger UI script"
  call GET /_emulator/swagger-ui/swagger-ui-bundle.js
  if [[ $STATUS == 200 && $(header Content-Type) == *javascript* ]]; then pass; else fail "expected JavaScript"; fi
}

# ---- gateway errors ----------------------------------------------------------------------------------------

check_gateway() {
  CURRENT="no credentials"
  call GET "$REPLICATION/configuration?task_name=$TASK" "" --no-auth
  expect_error 401 APIGW.0301 "Incorrect IAM authentication information"
  CURRENT="malformed Authorization"
  call GET "$REPLICATION/configuration?task_name=$TASK" "" --no-auth -H 'Authorization: Bearer x'
  expect_error 401 APIGW.0301
  CURRENT="AK/SK-shaped Authorization is accepted"
  call GET "$REPLICATION/configuration?task_name=$TASK" "" --no-auth -H "X-Sdk-Date: $(date -u +%Y%m%dT%H%M%SZ)" \
    -H 'Authorization: SDK-HMAC-SHA256 Access=TESTAK0123456789ABCD, SignedHeaders=host;x-sdk-date, Signature=0123abcd'
  expect_error 400 DBS.270022
  CURRENT="unknown path"
  call GET "/v3/$PROJECT/no-such-api"
  expect_error 404 APIGW.0101
  CURRENT="method the path does not support"
  call PATCH "$REPLICATION/configuration"
  expect_error 404 APIGW.0101
}

# ---- CreateStarRocksDataReplication ------------------------------------------------------------------------

# Keeps the reply of the last call aside (as $1), to check it after another call.
keep_reply() { cp "$REPLY_FILE" "$WORK/$1.body"; cp "$HEADERS_FILE" "$WORK/$1.headers"; echo "$STATUS" >"$WORK/$1.status"; }
# Makes a kept reply the last one again.
restore_reply() { cp "$WORK/$1.body" "$REPLY_FILE"; cp "$WORK/$1.headers" "$HEADERS_FILE"; STATUS=$(cat "$WORK/$1.status"); }

check_create() {
  # the second create goes out right after the first, before any check runs: the first one's job (2 s) must
  # still be running, however slow the machine is at running the checks
  call POST "$REPLICATION" "$(create_body "$TASK" src_db "$TARGET")"
  keep_reply create
  call POST "$REPLICATION" "$(create_body "$TASK" src_db "$TARGET")"
  keep_reply create-again
  CURRENT="CreateStarRocksDataReplication"
  restore_reply create
  expect_ok 'set(j) == {"job_id"}' 're.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", j["job_id"])'
  CURRENT="create: again while its job runs"
  restore_reply create-again
  expect_error 409 DBS.200019
  CURRENT="create: destination database taken"
  call POST "$REPLICATION" "$(create_body "${TASK}_2" src_db "$TARGET")"
  expect_error 409 DBS.200826 "The database name already exists."
  CURRENT="create: malformed source_instance_id"
  call POST "$REPLICATION" "$(create_body "${TASK}_3" src_db "${TARGET}_3" | sed 's/ddddin07/dddd/')"
  expect_error 400 DBS.280001 "Parameter error."
  CURRENT="create: unknown source instance"
  call POST "$REPLICATION" "$(create_body "${TASK}_3" src_db "${TARGET}_3" | sed 's/1111aaaa/0000aaaa/')"
  expect_error 400 DBS.200022 "Instance not found."
  CURRENT="create: unknown source database"
  call POST "$REPLICATION" "$(create_body "${TASK}_3" no_such_db "${TARGET}_3")"
  expect_error 400 DBS.200823 "The database does not exist."
  CURRENT="create: unknown StarRocks instance"
  call POST "${REPLICATION/aaaabbbb/00000000}" "$(create_body "${TASK}_3" src_db "${TARGET}_3")"
  expect_error 400 DBS.200022 "Instance not found."
  CURRENT="create: malformed project_id in the path"
  call POST "${REPLICATION/$PROJECT/not-a-project}" "$(create_body "${TASK}_3" src_db "${TARGET}_3")"
  expect_error 400 DBS.280001
  CURRENT="create: no body"
  call POST "$REPLICATION" "" -H 'Content-Type: application/json'
  expect_error 400 DBS.200006 "The request is null."
  CURRENT="create: body is not JSON"
  call POST "$REPLICATION" "{not json"
  expect_error 400 DBS.200006
}

# ---- ListStarRocksDataReplicationConfig --------------------------------------------------------------------

check_configuration() {
  CURRENT="ListStarRocksDataReplicationConfig"
  call GET "$REPLICATION/configuration?task_name=$TASK"
  expect_ok "j['source_instance_id'] == '$SOURCE_INSTANCE'" "j['source_node_id'] == '$READ_REPLICA'" \
    "j['database_info']['database_name'] == 'src_db'" "j['target_database_name'] == '$TARGET'" \
    "j['is_tables_change'] is False" "j['table_infos'] == []" \
    "j['table_repl_config'] == {'repl_type': 'exclude_tables', 'repl_scope': 'all', 'tables': []}"
  CURRENT="configuration: no such task"
  call GET "$REPLICATION/configuration?task_name=no_such_task_$RUN_ID"
  expect_error 400 DBS.270022 "The synchronization task does not exist."
  CURRENT="configuration: no such task, in Chinese"
  call GET "$REPLICATION/configuration?task_name=no_such_task_$RUN_ID" "" -H 'X-Language: zh-cn'
  expect_error 400 DBS.270022 "同步任务不存在。"
  CURRENT="configuration: task_name missing"
  call GET "$REPLICATION/configuration"
  expect_error 400 DBS.280001 "Parameter error."
}

# ---- ModifyDataSync ----------------------------------------------------------------------------------------

check_modify() {
  CURRENT="ModifyDataSync"
  call PUT "$REPLICATION" '{"task_name":"'"$TASK"'",
    "db_configs":[{"param_name":"binlog_expire_logs_seconds","value":"86400"}],
    "tables_configs":[{"table_name":"t1","table_config":"order by id;replication_num=3"}],
    "table_repl_config":{"repl_type":"include_tables","repl_scope":"part","tables":["t1","t2"]}}'
  expect_ok "j['task_name'] == '$TASK'" "'job_id' in j" \
    "[r['check_result'] for r in j['source_db_config_check_results']] == ['success']" \
    "[r['check_result'] for r in j['tbl_config_check_results']] == ['success']"
  CURRENT="modify: the change is visible"
  call GET "$REPLICATION/configuration?task_name=$TASK"
  expect_ok "[t['table_name'] for t in j['table_infos']] == ['t1']" "j['is_tables_change'] is True"
  CURRENT="modify: checks fail, nothing applied"
  call PUT "$REPLICATION" '{"task_name":"'"$TASK"'",
    "db_configs":[{"param_name":"sync_commit_interval_ms","value":"500"}],
    "tables_configs":[{"table_name":"t2","table_config":"order by missing_col"}]}'
  expect_ok "'job_id' not in j" "j['source_db_config_check_results'][0]['check_result'] == 'fail'" \
    "j['tbl_config_check_results'][0]['check_result'] == 'failed'"
  CURRENT="modify: no such task"
  call PUT "$REPLICATION" '{"task_name":"no_such_task_'"$RUN_ID"'"}'
  expect_error 400 DBS.270022
  CURRENT="modify: wrong JSON type"
  call PUT "$REPLICATION" '{"task_name":"'"$TASK"'","tables_configs":{"table_name":"t1","table_config":"x"}}'
  expect_error 400 DBS.280001
}

# ---- CheckTableConfig --------------------------------------------------------------------------------------

check_table_config() {
  local registered=${TASK}_reg
  CURRENT="CheckTableConfig registers a task"
  call POST "$REPLICATION/table-config-check" '{"task_name":"'"$registered"'","is_create_task":"true",
    "source_instance_id":"'"$SOURCE_INSTANCE"'","source_database_name":"sales","target_database_name":"'"${TARGET}_ap"'",
    "tables_configs":[{"table_name":"orders","table_config":"data_model=duplicate key;key columns id, customer_id"}]}'
  expect_ok "j['task_name'] == '$registered'" "j['tbl_config_check_results'][0]['check_result'] == 'success'"
  CURRENT="check: the registered task is queryable"
  call GET "$REPLICATION/configuration?task_name=$registered"
  expect_ok "j['database_info']['database_name'] == 'sales'"
  CURRENT="check: a failing table_config"
  call POST "$REPLICATION/table-config-check" '{"task_name":"'"$TASK"'",
    "tables_configs":[{"table_name":"t2","table_config":"order by missing_col"}]}'
  expect_ok "j['tbl_config_check_results'][0]['check_result'] == 'failed'"
  CURRENT="check: registering a taken name"
  call POST "$REPLICATION/table-config-check" '{"task_name":"'"$registered"'","is_create_task":"true",
    "source_instance_id":"'"$SOURCE_INSTANCE"'","source_database_name":"sales","target_database_name":"'"${TARGET}_ap2"'"}'
  expect_error 409 DBS.280406
}

# ---- the task's lifecycle: list, configuration by database, parameters, pause, resume, jobs, delete --------

check_lifecycle() {
  CURRENT="ListStarRocksDataReplications"
  call GET "$REPLICATION?limit=100&offset=0"
  expect_ok "'$TASK' in [t['task_name'] for t in j['replications']]" "j['total_count'] == str(len(j['replications']))"
  CURRENT="ListStarRocksDataReplicationConfigByDataBase"
  call GET "$REPLICATION/configuration/$TARGET"
  expect_ok "j['target_database_name'] == '$TARGET'"
  CURRENT="configuration by database: no such task"
  call GET "$REPLICATION/configuration/no_such_db_$RUN_ID"
  expect_error 400 DBS.270022
  CURRENT="ListStarRocksDbParameters"
  call GET "$REPLICATION/database-parameters"
  expect_ok "'sync_commit_interval_ms' in [p['param_name'] for p in j['db_parameters']]"
  CURRENT="CheckDataBaseConfig"
  call POST "$REPLICATION/database-config-check" '{"source_instance_id":"'"$SOURCE_INSTANCE"'","source_database_name":"src_db",
    "db_configs":[{"param_name":"sync_commit_interval_ms","value":"100"}]}'
  expect_ok "j['source_db_config_check_results'][0]['check_result'] == 'fail'"
  sleep 2.5 # the jobs of the writes above run 2 s
  CURRENT="create: the task is already started"
  call POST "$REPLICATION" "$(create_body "$TASK" src_db "$TARGET")"
  expect_error 409 DBS.280406 "Operation not allowed by the DB instance type or status."
  CURRENT="PauseStarRocksDataReplication"
  call POST "$REPLICATION/pause" '{"task_name":"'"$TASK"'"}'
  expect_ok "set(j) == {'job_id'}"
  local job_id
  job_id=$(json 'j["job_id"]' 2>/dev/null)
  CURRENT="ShowGaussMySqlJobInfo"
  call GET "/v3/$PROJECT/jobs?id=$job_id"
  expect_ok "j['job']['id'] == '$job_id'"
  CURRENT="jobs: no such job"
  call GET "/v3/$PROJECT/jobs?id=00000000-0000-4000-8000-000000000000"
  expect_error 400 DBS.200543
  sleep 2.5
  CURRENT="ResumeStarRocksDataReplication"
  call POST "$REPLICATION/resume" '{"task_name":"'"$TASK"'"}'
  expect_ok "set(j) == {'job_id'}"
  sleep 2.5
  CURRENT="DeleteStarRocksDataReplication"
  call DELETE "$REPLICATION" '{"task_name":"'"$TASK"'"}'
  expect_ok "set(j) == {'job_id'}"
  CURRENT="delete: already being deleted"
  call DELETE "$REPLICATION" '{"task_name":"'"$TASK"'"}'
  expect_error 400 DBS.05000091
}

# ---- the HTAP instances of the topology --------------------------------------------------------------------

check_instances() {
  CURRENT="ListStarRocksDataBases"
  call GET "/v3/$PROJECT/instances/$INSTANCE/starrocks/databases?limit=100&offset=0"
  expect_ok "'$TARGET' in json.dumps(j)"
  CURRENT="ListHtapInstanceInfo"
  call GET "/v3/$PROJECT/instances/$SOURCE_INSTANCE/htap"
  expect_ok "'$INSTANCE' in json.dumps(j)"
  CURRENT="ListStarrocksInstanceInfo"
  call GET "/v3/$PROJECT/instances/$SOURCE_INSTANCE/starrocks/$INSTANCE"
  expect_ok "'$INSTANCE' in json.dumps(j)"
  CURRENT="ListStarrocksInstanceInfo: a StarRocks id where the TaurusDB id belongs"
  call GET "/v3/$PROJECT/instances/$INSTANCE/starrocks/$INSTANCE"
  expect_error 400 DBS.280001
}

check_catalogue() {
  CURRENT="ListHtapDataStore"
  call GET "/v3/$PROJECT/htap/datastores/star-rocks"
  expect_ok "j['datastores'][0]['kernel_version'] == '3.1.6.0'"
  CURRENT="ListHtapFlavor: the Terraform filters"
  call GET "/v3/$PROJECT/htap/flavors/star-rocks?availability_zone_mode=single&version_name=3.1.6.0&spec_code=gaussdb.sr-be.xlarge.x86.4"
  expect_ok "len(j['flavors']) == 1 and j['flavors'][0]['vcpus'] == '4'"
  CURRENT="ListHtapStorageType"
  call GET "/v3/$PROJECT/htap/storage-type/star-rocks?version_name=3.1.6.0"
  expect_ok "isinstance(j['storage_type'][0]['min_volume_size'], int)"
  CURRENT="ListHtapFlavor: an engine other than star-rocks"
  call GET "/v3/$PROJECT/htap/flavors/mysql"
  expect_error 400 DBS.280001
}

# database users and parameters
check_users_and_parameters() {
  local users="/v3/$PROJECT/instances/$INSTANCE/starrocks/users" user="smoke_$RUN_ID"
  CURRENT="CreateStarRocksDatabaseUser"
  call POST "$users" '{"user_name":"'"$user"'","password":"Smoke@12345678","databases":["src_db"],"dml":3,"ddl":1}'
  expect_ok "j['result'] == 'SUCCESS'"
  CURRENT="ShowStarRocksDatabaseUser"
  call GET "$users?limit=100&offset=0&user_name=$user"
  expect_ok "j['user_details'][0]['dml'] == 3 and j['user_details'][0]['databases'] == ['src_db']" "'password' not in json.dumps(j)"
  CURRENT="UpdateStarRocksDatabaseUserPassword"
  call PUT "$users/password" '{"user_name":"'"$user"'","password":"Smoke@87654321"}'
  expect_ok "j['result'] == 'SUCCESS'"
  CURRENT="UpdateStarRocksDatabaseUserPassword: a weak password"
  call PUT "$users/password" '{"user_name":"'"$user"'","password":"weakweak"}'
  expect_error 400 DBS.280203
  CURRENT="UpdateStarrocksParams"
  call PUT "/v3/$PROJECT/instances/$INSTANCE/starrocks/configurations" '{"node_type":"fe","parameter_values":{"qe_slow_log_ms":"3000"}}'
  expect_ok "isinstance(j['job_id'], str) and j['restart_required'] is False"
  CURRENT="DeleteStarRocksDatabaseUser"
  call DELETE "$users?user_name=$user"
  expect_ok "j['result'] == 'SUCCESS'"
  CURRENT="DeleteStarRocksDatabaseUser: already gone"
  call DELETE "$users?user_name=$user"
  expect_error 400 DBS.200076
}

check_running_instance() {
  local sid=/v3/$PROJECT/instances/$INSTANCE lts=/v3/$PROJECT/starrocks/instances/logs/lts-configs
  CURRENT="UpdateHtapQueryQueuesControl"
  call POST "$sid/htap/query-queue/switch" '{"enable_query_queue_select":"true"}'
  expect_ok "j['status'] == 'success'"
  CURRENT="ShowHtapQueryQueuesRule"
  call GET "$sid/query-queue/rules"
  expect_ok "j['query_queue_rule']['enable_query_queue_select'] == 'true'" "isinstance(j['query_queue_rule']['query_queue_max_queued_queries'], int)"
  CURRENT="SetHtapQueryQueuesRule: a percentage over 100"
  call PUT "$sid/query-queue/rules" '{"query_queue_rule":{"query_queue_mem_used_pct_limit":101}}'
  expect_error 400 DBS.280001
  CURRENT="ShowStarRocksSlowlogSensitiveStatus: a JSON string"
  call GET "$sid/starrocks/slowlog-sensitive"
  expect_ok "j['open_slow_log_switch'] in ('true', 'false')"
  CURRENT="ShowHtapProcessList"
  call GET "$sid/htap/process?limit=100&offset=0"
  expect_ok "all(isinstance(p['id'], str) for p in j['process_list'])"
  CURRENT="UpdateStarRockLtsConfig"
  call POST "$lts" "{\"log_configs\":[{\"instance_id\":\"$INSTANCE\",\"log_type\":\"slow_log\",\"lts_group_id\":\"smoke-group\",\"lts_stream_id\":\"smoke-stream\"}]}"
  expect_ok
  CURRENT="ShowHtapLtsConfig"
  call GET "$lts?instance_id=$INSTANCE"
  expect_ok "any(c['enabled'] and c['log_type'] == 'slow_log' for c in j['instance_lts_configs'][0]['lts_configs'])"
  CURRENT="DeleteStarRockLtsConfig"
  call DELETE "$lts" "{\"log_configs\":[{\"instance_id\":\"$INSTANCE\",\"log_type\":\"slow_log\"}]}"
  expect_ok
  CURRENT="ShowInstanceDatabasesForHtap"
  call POST "$sid/htap/databases?limit=100&offset=0" "{\"databases\":[\"src\"],\"source_instance_id\":\"$SOURCE_INSTANCE\"}"
  expect_ok "'src_db' in j['databases']" "isinstance(j['total_count'], int)"
  CURRENT="ShowHtapErrorLogDetail: an end before the start"
  call POST "$sid/starrocks/error-logs" '{"start_time":"2026-08-21T10:00:00+0800","end_time":"2026-08-21T09:00:00+0800","limit":10}'
  expect_error 400 DBS.280001
}

check_starrocks_instances() {
  local fe be sr_id job_id path status
  CURRENT="ListHtapFlavor: an FE and a BE flavor"
  call GET "/v3/$PROJECT/htap/flavors/star-rocks?availability_zone_mode=single&version_name=3.1.6.0&spec_code=gaussdb.sr-fe.xlarge.x86.4"
  expect_ok "len(j['flavors']) == 1"
  fe=$(json 'j["flavors"][0]["id"]' 2>/dev/null)
  call GET "/v3/$PROJECT/htap/flavors/star-rocks?availability_zone_mode=single&version_name=3.1.6.0&spec_code=gaussdb.sr-be.xlarge.x86.4"
  be=$(json 'j["flavors"][0]["id"]' 2>/dev/null)
  CURRENT="CreateStarrocksInstance"
  path="/v3/$PROJECT/instances/$SOURCE_INSTANCE/starrocks"
  call POST "$path" '{"name":"smoke_'"$RUN_ID"'","engine":{"type":"star-rocks","version":"3.1.6.0"},"ha":{"mode":"Single"},
    "fe_flavor_id":"'"$fe"'","be_flavor_id":"'"$be"'","db_root_pwd":"Test@123456!","fe_count":1,"be_count":1,
    "az_mode":"single","fe_volume":{"io_type":"SSD","capacity_in_gb":50},"be_volume":{"io_type":"SSD","capacity_in_gb":50},
    "az_code":"cn-north-4a"}'
  expect_ok "j['instance']['status'] == 'creating'" "isinstance(j['instance']['port'], int)"
  sr_id=$(json 'j["instance"]["id"]' 2>/dev/null)
  job_id=$(json 'j["job_id"]' 2>/dev/null)
  CURRENT="ListStarrocksInstanceInfo: the new instance"
  call GET "$path/$sr_id"
  expect_ok "j['instances'][0]['name'] == 'smoke_$RUN_ID'"
  status=creating
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    call GET "/v3/$PROJECT/jobs?id=$job_id"
    status=$(json 'j["job"]["status"]' 2>/dev/null)
    [[ $status == Completed ]] && break
    sleep 1
  done
  CURRENT="CreateStarrocksInstance: normal once its job has completed"
  call GET "$path/$sr_id"
  expect_ok "j['instances'][0]['status'] == 'normal'" "j['instances'][0]['actions'] == []"
  CURRENT="RestartStarrocksInstance"
  call PUT "/v3/$PROJECT/instances/$sr_id/starrocks/restart"
  expect_ok "j['workflow_id'] == j['job_id']"
  CURRENT="RestartStarrocksInstance: a second operation while one runs"
  call PUT "/v3/$PROJECT/instances/$sr_id/starrocks/restart"
  expect_error 409 DBS.212033 "Instance is currently being operated."
  CURRENT="ListInstanceNode"
  call GET "/v3/$PROJECT/instances/$sr_id/starrocks/nodes"
  expect_ok "[n['role'] for n in j['node_list']] == ['fe-leader', 'be']"
  sleep 2.5 # the restart's job runs 2 s
  CURRENT="DeleteStarrocksInstance"
  call DELETE "$path/$sr_id"
  expect_ok "set(j) == {'workflow_id', 'job_id'}"
  sleep 2.5
  CURRENT="DeleteStarrocksInstance: gone once its job has completed"
  call GET "$path/$sr_id"
  expect_error 400 DBS.05000044
}

main() {
  echo "smoke test of $BASE_URL (run $RUN_ID)"
  check_health
  if [[ $STATUS == 000 ]]; then echo "smoke: cannot reach $BASE_URL"; echo "smoke: $PASSED passed, $FAILED failed"; return 1; fi
  check_api_description
  check_gateway
  check_create
  check_configuration
  check_modify
  check_table_config
  check_instances
  check_catalogue
  check_lifecycle
  check_users_and_parameters
  check_running_instance
  check_starrocks_instances
  echo "smoke: $PASSED passed, $FAILED failed"
  [[ $FAILED == 0 ]]
}

main
