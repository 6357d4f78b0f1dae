-- wrk script: POST create with a task name and a target database no request has used before, so every
-- request really creates a task. Usage: wrk -s bench/create.lua URL -- PREFIX
-- (PREFIX must differ between wrk runs against the same server: warm-up and measurement).
local prefix = "t"
local threads = {}
local counter = 0
id = 0 -- set per thread by setup()


function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  if args[1] ~= nil then prefix = args[1] end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-Auth-Token"] = "bench"
end

function request()
  counter = counter + 1
  local name = prefix .. "_" .. id .. "_" .. counter
  local body = '{"source_instance_id":"1111aaaa2222bbbb3333cccc4444ddddin07",'
    .. '"source_node_id":"5555eeee6666ffff7777gggg8888hhhhno07","source_database":"src_db",'
    .. '"target_database":"' .. name .. '","task_name":"' .. name .. '"}'
  return wrk.format(nil, nil, nil, body)
end
