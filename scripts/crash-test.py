#!/usr/bin/env python3
"""Crash test of the emulator's persistence.

Starts the emulator with a data directory, runs a write load (creates and modifications from several threads),
kills the JVM with SIGKILL at a random moment, restarts it on the same directory, and checks that every write
the load saw acknowledged is there and that the state is whole. Repeats, then prints the counts.

    scripts/crash-test.py [--jar target/taurusdb-htap-mock-*.jar] [--rounds 20] [--seed N]

Exit status 0 when every acknowledged write survived every crash; 1 otherwise.
"""
import argparse
import glob
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

PROJECT = "0123456789abcdef0123456789abcdef"
INSTANCE = "aaaabbbbccccddddeeeeffff00001111in17"
SOURCE = "1111aaaa2222bbbb3333cccc4444ddddin07"
PATH = f"/v3/{PROJECT}/instances/{INSTANCE}/starrocks/databases/replication"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(port, method, path, body=None, timeout=10):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method,
                                     headers={"X-Auth-Token": "crash", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return reply.status, json.loads(reply.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def start(jar, data_dir, port, log):
    process = subprocess.Popen(["java", "-jar", jar, f"--server.port={port}",
                                f"--emulator.persistence.data-dir={data_dir}",
                                "--emulator.persistence.snapshot-every=200",
                                "--emulator.jobs.duration=0s", "--emulator.replication.full-sync-duration=0s"],
                               stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the emulator exited with {process.returncode} while starting; see {log.name}")
        try:
            if call(port, "GET", "/_emulator/info", timeout=1)[0] == 200:
                return process
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.1)
    process.kill()
    raise SystemExit("the emulator did not start within 60 s")


def load(port, acknowledged, modified, stop, rnd, worker):
    n = 0
    while not stop.is_set():
        n += 1
        task = f"crash_w{worker}_{rnd.getrandbits(40):x}_{n}"
        try:
            status, _ = call(port, "POST", PATH, {"source_instance_id": SOURCE, "source_database": "src_db",
                                                   "target_database": task + "_t", "task_name": task}, timeout=5)
            if status == 200:
                acknowledged.append(task)
                value = str(1000 + rnd.randrange(59000))
                status, _ = call(port, "PUT", PATH, {"task_name": task, "db_configs": [
                    {"param_name": "sync_commit_interval_ms", "value": value}]}, timeout=5)
                if status == 200:
                    modified[task] = value
        except (OSError, urllib.error.URLError, ValueError):
            return  # the emulator was killed mid-request: that write was never acknowledged


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", default=None)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    jar = args.jar or sorted(glob.glob("target/taurusdb-htap-mock-*.jar"))[0]
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rnd = random.Random(seed)
    data_dir = tempfile.mkdtemp(prefix="emulator-crash-")
    log = open(os.path.join(data_dir, "..", os.path.basename(data_dir) + ".log"), "w")
    acknowledged, modified = [], {}
    missing = wrong = 0
    print(f"crash test: {args.rounds} rounds, seed {seed}, data directory {data_dir}, jar {jar}")
    try:
        for round_number in range(1, args.rounds + 1):
            port = free_port()
            process = start(jar, data_dir, port, log)
            # everything acknowledged so far, in any earlier round, must have survived every crash since
            for task in acknowledged:
                status, body = call(port, "GET", f"{PATH}/configuration?task_name={task}")
                if status != 200:
                    missing += 1
                    print(f"  round {round_number}: acknowledged task {task} is missing ({status} {body})")
                elif task in modified and body["database_info"]["db_config_check_results"][0]["value"] != modified[task]:
                    wrong += 1
                    print(f"  round {round_number}: task {task} lost its acknowledged modification")
            state_status, _ = call(port, "GET", "/_emulator/state")
            if state_status != 200:
                wrong += 1
            stop = threading.Event()
            threads = [threading.Thread(target=load, args=(port, acknowledged, modified, stop,
                                                           random.Random(rnd.random()), worker)) for worker in range(4)]
            for thread in threads:
                thread.start()
            time.sleep(rnd.uniform(0.3, 2.5))
            process.send_signal(signal.SIGKILL)
            process.wait()
            stop.set()
            for thread in threads:
                thread.join()
            print(f"  round {round_number}: killed; {len(acknowledged)} acknowledged creates so far")
        # a last start to check the writes of the final round
        port = free_port()
        process = start(jar, data_dir, port, log)
        for task in acknowledged:
            if call(port, "GET", f"{PATH}/configuration?task_name={task}")[0] != 200:
                missing += 1
        process.send_signal(signal.SIGTERM)
        process.wait()
    finally:
        log.close()
    print(f"crash test: {args.rounds} kill -9 crashes, {len(acknowledged)} acknowledged creates, "
          f"{len(modified)} acknowledged modifications, {missing} missing, {wrong} wrong")
    shutil.rmtree(data_dir, ignore_errors=True)
    return 0 if missing == 0 and wrong == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
