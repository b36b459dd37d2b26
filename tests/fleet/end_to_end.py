#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
"""End-to-end fleet test, everything real and on 127.0.0.1:

- three kiosks: `mistctl demo seed` with seeds 1, 2, 3 into their own data dirs, the staff API
  enabled with TLS (tests/data/tls) and a token of its own, served by mist-fleet-kiosk
  (the real StaffApiServer);
- a regional Prometheus (remote-write receiver on) scraping kiosks 1 and 2 over HTTPS with their
  bearer tokens, with the region's recording rules loaded;
- a Prometheus agent (WAL on disk) scraping kiosk 3 and pushing to the regional server.

The regional sums of sessions, portal opens, trainings held and their participants that
Prometheus answers over its HTTP API (oblast:mist_sessions_started_total:sum and the other
oblast: recording rules) must equal the sum of the kiosks' own `mistctl report --month --format
json` figures over every month the demo data covers (the trainings recorded with `mistctl
training record`).
"""
import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import date, timedelta

DAYS = 40


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def query(port, expr):
    url = f"http://127.0.0.1:{port}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            return json.load(reply)["data"]["result"]
    except OSError:
        return None


def wait_ready(port, deadline):
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/ready", timeout=2) as reply:
                if reply.status == 200:
                    return True
        except OSError:
            time.sleep(0.3)
    return False


def main():
    parser = argparse.ArgumentParser()
    for name in ("kiosk", "mistctl", "prometheus", "source"):
        parser.add_argument("--" + name, required=True)
    opts = parser.parse_args()
    tls = os.path.join(opts.source, "tests", "data", "tls")
    rules = os.path.join(opts.source, "deploy", "fleet", "prometheus", "rules", "mist-recording.yml")
    work = tempfile.mkdtemp(prefix="mist-fleet-")
    processes = []
    started = time.time()
    try:
        kiosks = []
        for seed in (1, 2, 3):
            data = os.path.join(work, f"kiosk{seed}")
            os.makedirs(data)
            ctl = (opts.mistctl, "--data-dir", data)
            run(*ctl[:1], "demo", "seed", *ctl[1:], "--seed", str(seed), "--days", str(DAYS))
            # Trainings the librarian records (the demo holds none): seed k records k of them.
            for n in range(seed):
                run(*ctl[:1], "training", "record", *ctl[1:], "--not-in-calendar",
                    "--participants", str(5 + 3 * n + seed))
            port = free_port()
            run(*ctl[:1], "api", "enable", *ctl[1:], "--listen", f"127.0.0.1:{port}",
                "--tls-cert", os.path.join(tls, "server.pem"),
                "--tls-key", os.path.join(tls, "server.key"))
            token = run(*ctl[:1], "api", "token", "new", *ctl[1:]).split()[-1]
            token_file = os.path.join(work, f"token{seed}")
            with open(token_file, "w") as f:
                f.write(token)
            kiosk = subprocess.Popen([opts.kiosk, data], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
            processes.append(kiosk)
            line = kiosk.stdout.readline()
            assert line.startswith("listening"), f"kiosk {seed} did not start: {line!r}"
            kiosks.append({"seed": seed, "data": data, "port": port, "token": token_file})

        # The kiosks' own figures, every month the demo covers.
        expected = {"sessions": 0, "portalOpens": 0, "trainingsHeld": 0, "participantsTrained": 0}
        months = sorted({(d.year, d.month) for d in
                         (date.today() - timedelta(days=n) for n in range(DAYS + 1))})
        for k in kiosks:
            for year, month in months:
                report = json.loads(run(opts.mistctl, "report", "--data-dir", k["data"],
                                        "--month", f"{year:04}-{month:02}", "--format", "json"))
                expected["sessions"] += report["sessions"]
                expected["portalOpens"] += report["portalOpens"]
                expected["trainingsHeld"] += report["trainingsHeld"]
                expected["participantsTrained"] += report["participantsTrained"]
        assert expected["sessions"] > 0 and expected["trainingsHeld"] == 6

        def job(name, k):
            return f"""
  - job_name: {name}
    scheme: https
    authorization: {{type: Bearer, credentials_file: {k['token']}}}
    tls_config: {{ca_file: {tls}/ca.pem}}
    static_configs:
      - targets: ["127.0.0.1:{k['port']}"]
        labels: {{instance: kiosk{k['seed']}, library: library{k['seed']}, hromada: h, oblast: volynska}}
"""

        central_port, agent_port = free_port(), free_port()
        central_yml = os.path.join(work, "central.yml")
        with open(central_yml, "w") as f:
            f.write("global: {scrape_interval: 1s, evaluation_interval: 1s}\n")
            f.write(f"rule_files: [{rules}]\nscrape_configs:\n")
            f.write(job("mist-kiosks", kiosks[0]) + job("mist-kiosks-2", kiosks[1]))
        agent_yml = os.path.join(work, "agent.yml")
        with open(agent_yml, "w") as f:
            f.write("global: {scrape_interval: 1s}\nscrape_configs:\n" + job("mist-kiosks", kiosks[2]))
            f.write(f"remote_write:\n  - url: http://127.0.0.1:{central_port}/api/v1/write\n"
                    "    queue_config: {batch_send_deadline: 1s}\n")
        central = subprocess.Popen([opts.prometheus, "--config.file", central_yml,
                                    "--web.listen-address", f"127.0.0.1:{central_port}",
                                    "--storage.tsdb.path", os.path.join(work, "central-data"),
                                    "--web.enable-remote-write-receiver"],
                                   stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "central.log"), "w"))
        processes.append(central)
        agent = subprocess.Popen([opts.prometheus, "--enable-feature=agent", "--config.file", agent_yml,
                                  "--web.listen-address", f"127.0.0.1:{agent_port}",
                                  "--storage.agent.path", os.path.join(work, "agent-wal")],
                                 stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "agent.log"), "w"))
        processes.append(agent)
        deadline = time.time() + 90
        assert wait_ready(central_port, deadline), "central Prometheus not ready"

        got = {}
        while time.time() < deadline:
            up = query(central_port, "sum(up)")
            sessions = query(central_port, 'oblast:mist_sessions_started_total:sum{oblast="volynska"}')
            opens = query(central_port, 'oblast:mist_portal_opens_total:sum{oblast="volynska"}')
            trainings = query(central_port, 'oblast:mist_trainings_held_total:sum{oblast="volynska"}')
            participants = query(central_port,
                                 'oblast:mist_training_participants_total:sum{oblast="volynska"}')
            kiosks_seen = query(central_port, "count(mist_build_info)")
            if up and sessions and opens and trainings and participants and kiosks_seen:
                got = {"up": float(up[0]["value"][1]), "kiosks": float(kiosks_seen[0]["value"][1]),
                       "sessions": float(sessions[0]["value"][1]),
                       "portalOpens": float(opens[0]["value"][1]),
                       "trainingsHeld": float(trainings[0]["value"][1]),
                       "participantsTrained": float(participants[0]["value"][1])}
                if got["kiosks"] == 3 and all(got[key] == value for key, value in expected.items()):
                    break
            time.sleep(1)
        print(f"expected {expected}, Prometheus answered {got}, {time.time() - started:.1f} s")
        if got.get("kiosks") != 3 or got.get("up") != 3 \
                or any(got.get(key) != value for key, value in expected.items()):
            for log in ("central.log", "agent.log"):
                sys.stdout.write(open(os.path.join(work, log)).read()[-3000:])
            return 1
        # The pushed kiosk really came through the agent's WAL.
        assert os.listdir(os.path.join(work, "agent-wal", "wal")), "agent WAL empty"
        return 0
    finally:
        for p in reversed(processes):
            p.terminate()
        for p in reversed(processes):
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
