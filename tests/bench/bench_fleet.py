#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
"""Scale benchmark of the regional Prometheus (tests/bench/README.md, "Fleet").

One HTTP server on 127.0.0.1 serves N simulated kiosks' /metrics pages (/k/<i>/metrics), each
shaped like a real kiosk's page (every family of services/api/README.md, 16 services, 10
categories; counters that grow between scrapes). One Prometheus scrapes them all through file_sd
with the region's recording and alert rules, for --seconds; then the figures come from its own
metrics: scrape durations, rule group evaluation time, head series, resident memory.
Prints figures only; it never fails on a figure (the machine is shared and noisy).
"""
import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SERVICES = ["diia", "id-gov", "pfu", "tax", "ehealth", "land-map", "e-land", "prozorro", "court",
            "data", "minjust", "guide", "lutsk-rada", "lutsk-cnap", "local-1", "local-2"]
CATEGORIES = ["documents-id", "health", "pension", "tax", "land", "court", "family", "business",
              "education", "other"]
START = int(time.time())


def page(i):
    rnd = random.Random(i)
    elapsed = int(time.time()) - START
    base = rnd.randint(500, 20000) + elapsed // 30
    lines = []

    def fam(name, kind, samples):
        lines.append(f"# HELP {name} simulated\n# TYPE {name} {kind}")
        for labels, value in samples:
            lines.append(f"{name}{labels} {value}")

    fam("mist_build_info", "gauge", [('{version="0.1.0",qt_version="6.4.2"}', 1)])
    fam("process_start_time_seconds", "gauge", [("", START - rnd.randint(0, 86400))])
    fam("mist_uptime_seconds", "gauge", [("", elapsed)])
    fam("mist_data_disk_free_bytes", "gauge", [("", rnd.randint(2, 60) * 10**9)])
    fam("mist_data_disk_size_bytes", "gauge", [("", 64 * 10**9)])
    fam("mist_usage_log_up", "gauge", [("", 1)])
    fam("mist_sessions_started_total", "counter", [("", base)])
    fam("mist_sessions_ended_total", "counter",
        [('{reason="finish"}', base * 2 // 3), ('{reason="timeout"}', base // 3)])
    fam("mist_portal_opens_total", "counter",
        [(f'{{service="{s}"}}', base // (k + 2)) for k, s in enumerate(SERVICES)])
    fam("mist_category_opens_total", "counter",
        [(f'{{category="{c}"}}', base // (k + 1)) for k, c in enumerate(CATEGORIES)])
    for name in ("mist_training_views_total", "mist_qr_codes_shown_total",
                 "mist_navigations_blocked_total"):
        fam(name, "counter", [("", base // 7)])
    now = int(time.time())
    for prefix in ("mist_directory_sync", "mist_schedule_sync"):
        fam(prefix + "_ok", "gauge", [("", 1)])
        fam(prefix + "_last_attempt_timestamp_seconds", "gauge", [("", now - 600)])
        fam(prefix + "_last_success_timestamp_seconds", "gauge", [("", now - 600)])
    fam("mist_directory_feed_accepted_timestamp_seconds", "gauge", [("", now - 86400)])
    fam("mist_directory_feed_version", "gauge", [("", 42)])
    fam("mist_portal_links", "gauge",
        [('{status="ok"}', 15), ('{status="down"}', 1), ('{status="unknown"}', 0)])
    return ("\n".join(lines) + "\n").encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        parts = self.path.split("/")
        try:
            body = page(int(parts[2]))
        except (IndexError, ValueError):
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def value(port, expr):
    url = f"http://127.0.0.1:{port}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    with urllib.request.urlopen(url, timeout=10) as reply:
        result = json.load(reply)["data"]["result"]
    return float(result[0]["value"][1]) if result else float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--prometheus", default="prometheus")
    parser.add_argument("--source", required=True)
    parser.add_argument("--kiosks", type=int, default=1000)
    parser.add_argument("--seconds", type=int, default=150)
    parser.add_argument("--interval", default="15s")
    opts = parser.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sim_port = server.server_address[1]
    print(f"one page: {len(page(0))} bytes, {sum(1 for l in page(0).splitlines() if not l.startswith(b'#'))} series")

    work = tempfile.mkdtemp(prefix="mist-bench-fleet-")
    prom = None
    try:
        targets = [{"targets": [f"127.0.0.1:{sim_port}"],
                    "labels": {"__metrics_path__": f"/k/{i}/metrics", "instance": f"kiosk-{i}",
                               "library": f"library-{i // 2}", "hromada": f"hromada-{i // 20}",
                               "oblast": f"oblast-{i // 400}"}} for i in range(opts.kiosks)]
        with open(os.path.join(work, "targets.json"), "w") as f:
            json.dump(targets, f)
        rules = os.path.join(opts.source, "deploy", "fleet", "prometheus", "rules")
        port = free_port()
        with open(os.path.join(work, "prometheus.yml"), "w") as f:
            f.write(f"global: {{scrape_interval: {opts.interval}, evaluation_interval: {opts.interval}}}\n"
                    f"rule_files: [{rules}/mist-recording.yml, {rules}/mist-alerts.yml]\n"
                    "scrape_configs:\n  - job_name: mist-kiosks\n"
                    f"    file_sd_configs: [{{files: [{work}/targets.json]}}]\n"
                    f"  - job_name: prometheus\n    static_configs: [{{targets: ['127.0.0.1:{port}']}}]\n")
        prom = subprocess.Popen([opts.prometheus, "--config.file", os.path.join(work, "prometheus.yml"),
                                 "--web.listen-address", f"127.0.0.1:{port}",
                                 "--storage.tsdb.path", os.path.join(work, "data")],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(opts.seconds)
        q = lambda e: value(port, e)
        figures = {
            "kiosks up": q('count(up{job="mist-kiosks"} == 1)'),
            "scrape duration avg (s)": q('avg(scrape_duration_seconds{job="mist-kiosks"})'),
            "scrape duration max (s)": q('max(scrape_duration_seconds{job="mist-kiosks"})'),
            "scrape interval p99 (s)": q('max(prometheus_target_interval_length_seconds{quantile="0.99"})'),
            "rule group mist-usage last (s)": q('prometheus_rule_group_last_duration_seconds{rule_group=~".*mist-usage"}'),
            "rule group mist-alerts last (s)": q('prometheus_rule_group_last_duration_seconds{rule_group=~".*mist-alerts"}'),
            "rule evaluation max over run (s)": q('max(max_over_time(prometheus_rule_group_last_duration_seconds[10m]))'),
            "missed rule iterations": q('sum(prometheus_rule_group_iterations_missed_total)'),
            "head series": q('prometheus_tsdb_head_series'),
            "samples appended / s": q('rate(prometheus_tsdb_head_samples_appended_total[1m])'),
            "resident memory (MiB)": q('process_resident_memory_bytes{job="prometheus"}') / 2**20,
            "CPU (cores, 1m)": q('rate(process_cpu_seconds_total{job="prometheus"}[1m])'),
        }
        for name, number in figures.items():
            print(f"{name:36} {number:.4g}")
        return 0
    finally:
        if prom:
            prom.terminate()
            prom.wait(timeout=20)
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
