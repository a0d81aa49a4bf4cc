#!/usr/bin/env python3
"""Text-back latency and request rate of the Rebound engine (`rebound-cli run`), by detection mode.

Latency here is what a caller feels: from the moment the missed call ends to
the moment the provider receives the text-back. Both ends are read on one
clock, the sandbox's: the call ends ring_ms after the sandbox answered the
POST /sandbox/calls that placed it, and the text-back's arrival is the 'at' of
its POST /Messages.json in the sandbox's request log.

The modes, each with a sandbox and an engine of its own, run side by side:
polling every 2 s and every 5 s with following turned off, adaptive (polling
every 5 s, following a ringing call by SID every 500 ms), and webhooks. Calls
ring 6 to 12 s and come 25 to 45 s apart, a busy hour's pace, so each mode's
request rate (every REST request the engine made while its calls came in,
per minute) is what that pace costs. Calls fall at random phases of the poll
cycle, so the figures show the cycle's spread.

Exit status is non-zero only when something failed to run (a process, a
request, a text-back that never came), never for slow figures.
"""

import argparse
import base64
import json
import math
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime

BUSINESS_LINE = "+15125550100"
FIRST_CALLER = 15125550101
MAX_CALLERS = 50  # +15125550101 .. +15125550150, the fictional 555-01xx range
RING_MS = (6000, 12000)
GAP_S = (25.0, 45.0)
# The sandbox's scripted customers answer texts even in the quiet scenario; with
# the default trade (plumbing) some live inside the caller range and their
# answers would add POSTs to /Messages.json. No other trade has one there.
SANDBOX_TRADE = "hvac"
MODES = {
    "poll-2s": {"flags": ["--poll-interval", "2", "--follow-interval", "0"], "wait_per_call_s": 30.0,
                "label": "polling, `--poll-interval 2 --follow-interval 0`"},
    "poll-5s": {"flags": ["--poll-interval", "5", "--follow-interval", "0"], "wait_per_call_s": 30.0,
                "label": "polling, `--poll-interval 5 --follow-interval 0`"},
    "adaptive": {"flags": ["--poll-interval", "5"], "wait_per_call_s": 30.0,
                 "label": "adaptive, `--poll-interval 5` (follows by SID every 0.5 s)"},
    "webhook": {"flags": ["--poll-interval", "30"], "wait_per_call_s": 75.0,
                "label": "webhooks, `--webhook-listen`, `--poll-interval 30`"},
}

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class BenchError(Exception):
    """The measurement could not be made."""


def log(message):
    print(message, flush=True)


def http(method, url, body=None, auth=None, timeout=10.0):
    """One HTTP request; returns (status, parsed JSON or None). HTTP errors are answers, not exceptions."""
    headers = {}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if auth:
        headers["Authorization"] = "Basic " + base64.b64encode(("%s:%s" % auth).encode()).decode()
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    try:
        payload = json.loads(raw) if raw.strip() else None
    except ValueError:
        payload = None
    return status, payload


def epoch_of(iso):
    """The sandbox log's 'at' (ISO-8601 UTC with milliseconds) as seconds since the epoch."""
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tail(path, lines=30):
    try:
        with open(path, "r", errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError as error:
        return "(cannot read %s: %s)\n" % (path, error)


def stop_process(process, timeout=10.0):
    """SIGTERM the process's group, SIGKILL it if it lingers; returns the exit code."""
    if process is None or process.poll() is not None:
        return None if process is None else process.returncode
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        try:
            os.killpg(process.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            return process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
    return None


class Rig:
    """One sandbox and one engine in a work dir, started fresh for one mode."""

    def __init__(self, cli, workdir, engine_flags):
        self.cli = cli
        self.workdir = workdir
        self.engine_flags = engine_flags
        self.token = "%032x" % random.SystemRandom().getrandbits(128)
        self.env = dict(os.environ, REBOUND_AUTH_TOKEN=self.token)
        self.db_path = os.path.join(workdir, "rebound.sqlite")
        self.sandbox = None
        self.engine = None
        self.events = []
        self._changed = threading.Condition()
        self._files = []

    def _open(self, name, mode="w"):
        f = open(os.path.join(self.workdir, name), mode)
        self._files.append(f)
        return f

    def start_sandbox(self, timeout=20.0):
        out_path = os.path.join(self.workdir, "sandbox-stdout.log")
        self.sandbox = subprocess.Popen(
            [self.cli, "sandbox", "--scenario", "quiet", "--trade", SANDBOX_TRADE],
            stdout=self._open("sandbox-stdout.log"), stderr=self._open("sandbox-stderr.log"),
            stdin=subprocess.DEVNULL, env=self.env, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.sandbox.poll() is not None:
                raise BenchError("the sandbox exited with %s" % self.sandbox.returncode)
            with open(out_path) as f:
                first = f.readline()
            if first.endswith("\n"):
                info = json.loads(first)
                self.base_url = info["base_url"].rstrip("/")
                self.account_sid = info["account_sid"]
                return
            time.sleep(0.05)
        raise BenchError("the sandbox printed nothing within %.0f s" % timeout)

    def _read_engine(self, process, log_file):
        for raw in process.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            log_file.write(line + "\n")
            log_file.flush()
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if isinstance(event, dict):
                with self._changed:
                    self.events.append(event)
                    self._changed.notify_all()
        process.stdout.close()

    def start_engine(self):
        self.engine = subprocess.Popen(
            [self.cli, "run", "--account-sid", self.account_sid, "--base-url", self.base_url,
             "--number", BUSINESS_LINE, "--db", self.db_path, "--log-format", "json"] + self.engine_flags,
            stdout=subprocess.PIPE, stderr=self._open("engine-stderr.log"), stdin=subprocess.DEVNULL,
            env=self.env, start_new_session=True)
        self._reader = threading.Thread(
            target=self._read_engine, args=(self.engine, self._open("engine-stdout.log")), daemon=True)
        self._reader.start()

    def wait_for_event(self, event_type, timeout=30.0):
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for event in self.events:
                    if event.get("event") == event_type:
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.engine.poll() is not None:
                    raise BenchError("the engine did not print %s (exit code %s):\n%s" % (
                        event_type, self.engine.poll(), tail(os.path.join(self.workdir, "engine-stderr.log"))))
                self._changed.wait(min(remaining, 0.2))

    def wait_for_first_look(self, timeout=60.0):
        """Until the engine's first full look at the account is done, whatever it finds is history, never texted."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                connection = sqlite3.connect("file:%s?mode=ro" % urllib.parse.quote(self.db_path), uri=True,
                                             timeout=5)
                try:
                    if connection.execute(
                            "SELECT 1 FROM settings WHERE key LIKE 'lines.%.first_polled_at'").fetchall():
                        return
                finally:
                    connection.close()
            except sqlite3.Error:
                pass
            if self.engine.poll() is not None:
                raise BenchError("the engine exited with %s before its first look" % self.engine.returncode)
            time.sleep(0.1)
        raise BenchError("the engine did not finish its first look at the account in %.0f s" % timeout)

    def control(self, method, endpoint, body=None):
        status, payload = http(method, self.base_url + "/sandbox/" + endpoint, body)
        if status not in (200, 201, 204):
            raise BenchError("%s /sandbox/%s answered %s: %s" % (method, endpoint, status, payload))
        return payload

    def outbound_to(self, caller):
        query = urllib.parse.urlencode({"To": caller, "PageSize": 1000})
        status, payload = http("GET", "%s/2010-04-01/Accounts/%s/Messages.json?%s" % (
            self.base_url, self.account_sid, query), auth=(self.account_sid, self.token))
        if status != 200 or payload is None:
            raise BenchError("listing messages to %s answered %s" % (caller, status))
        return [m for m in payload.get("messages", []) if m.get("direction", "").startswith("outbound")]

    def stop(self):
        code = stop_process(self.engine)
        if self.engine is not None:
            self._reader.join(timeout=5)
        stop_process(self.sandbox)
        for f in self._files:
            f.close()
        return code


def text_back_arrival(rig, since_epoch, timeout):
    """The sandbox's arrival time of the first accepted POST /Messages.json at or after since_epoch."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for r in rig.control("GET", "log").get("requests", []):
            if (r.get("method") == "POST" and "/Messages.json" in r.get("path", "")
                    and r.get("status") == 201 and epoch_of(r["at"]) >= since_epoch):
                return epoch_of(r["at"])
        if rig.engine.poll() is not None:
            raise BenchError("the engine exited with %s" % rig.engine.returncode)
        time.sleep(0.1)  # the arrival time is the log's, not this loop's
    return None


def measure(rig, calls, rng, wait_per_call_s):
    """Place the calls one at a time; returns each one's latency in ms and the engine's requests per minute."""
    latencies = []
    callers = []
    started = None
    for i in range(calls):
        caller = "+%d" % (FIRST_CALLER + i)
        ring_ms = int(rng.uniform(*RING_MS))
        # Whole milliseconds, as the log has them: a text can't arrive before its call was placed.
        before = math.floor(time.time() * 1000) / 1000
        started = before if started is None else started
        rig.control("POST", "calls", {"from": caller, "outcome": "missed", "wiring": "forwarded",
                                      "ring_ms": ring_ms})
        ended = time.time() + ring_ms / 1000.0
        arrived = text_back_arrival(rig, before, ring_ms / 1000.0 + wait_per_call_s)
        if arrived is None:
            raise BenchError("no text-back reached the sandbox within %.0f s of the call from %s" % (
                wait_per_call_s, caller))
        latencies.append((arrived - ended) * 1000.0)
        callers.append(caller)
        time.sleep(rng.uniform(*GAP_S))
    finished = time.time()
    # Every REST request the engine made while the calls came in (the sandbox's
    # control API and this bench's own listings below are not the engine's).
    requests = [r for r in rig.control("GET", "log").get("requests", [])
                if r.get("path", "").startswith("/2010-04-01/") and started <= epoch_of(r["at"]) <= finished]
    for caller in callers:
        sent = rig.outbound_to(caller)
        if len(sent) != 1:
            raise BenchError("%s has %d outbound messages, expected 1" % (caller, len(sent)))
    return latencies, len(requests) * 60.0 / (finished - started)


def percentile(values, p):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100.0 * len(ordered)) - 1)]


def run_mode(cli, mode, calls, rng):
    """A fresh sandbox and engine for one mode; returns (latencies, requests per minute), or raises BenchError."""
    workdir = tempfile.mkdtemp(prefix="rebound-bench-%s-" % mode)
    flags = list(MODES[mode]["flags"])
    if mode == "webhook":
        port = free_port()
        flags += ["--webhook-listen", "127.0.0.1:%d" % port, "--webhook-url", "http://127.0.0.1:%d" % port]
    rig = Rig(cli, workdir, flags)
    ok = False
    try:
        rig.start_sandbox()
        rig.start_engine()
        rig.wait_for_event("engine_started")
        if mode == "webhook":
            rig.wait_for_event("webhooks_configured")
        rig.wait_for_first_look()
        result = measure(rig, calls, rng, MODES[mode]["wait_per_call_s"])
        ok = True
        return result
    finally:
        code = rig.stop()
        if ok and code != 0:
            log("note: the %s engine exited with %s on SIGTERM" % (mode, code))
        if ok:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            for name in ("engine-stdout.log", "engine-stderr.log", "sandbox-stderr.log"):
                if os.path.exists(os.path.join(workdir, name)):
                    log("==== tail of %s\n%s" % (name, tail(os.path.join(workdir, name))))
            log("logs kept in %s" % workdir)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True, help="path to rebound-cli")
    parser.add_argument("--calls", type=int, default=20, help="calls per mode, one per caller (1-50)")
    parser.add_argument("--mode", choices=sorted(MODES) + ["all"], default="all")
    parser.add_argument("--seed", type=int, default=None, help="random seed for the rings and the gaps")
    args = parser.parse_args()
    if not 1 <= args.calls <= MAX_CALLERS:
        parser.error("--calls takes 1 to %d" % MAX_CALLERS)
    if not os.access(args.cli, os.X_OK):
        parser.error("--cli %s is not an executable file" % args.cli)

    def terminate(signum, _frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminate)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 30)
    workdir = tempfile.mkdtemp(prefix="rebound-bench-")
    modes = list(MODES) if args.mode == "all" else [args.mode]
    results, failures = {}, []
    try:
        # A private copy: others may rebuild the CLI while the bench runs.
        cli = os.path.join(workdir, "rebound-cli")
        shutil.copy2(args.cli, cli)
        log("measuring %s side by side, seed %d: %d calls each, ringing %.0f-%.0f s, %.0f-%.0f s apart" % (
            ", ".join(modes), seed, args.calls, RING_MS[0] / 1000, RING_MS[1] / 1000, *GAP_S))

        def one(mode):
            # The same rings and gaps in every mode.
            try:
                results[mode] = run_mode(cli, mode, args.calls, random.Random(seed))
            except (BenchError, OSError, ValueError) as error:
                failures.append("%s: %s" % (mode, error))
                log("FAILED %s: %s" % (mode, error))

        threads = [threading.Thread(target=one, args=(mode,)) for mode in modes]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    if results:
        log("")
        log("| detection | calls | p50 | p95 | max | requests/min |")
        log("| --- | ---: | ---: | ---: | ---: | ---: |")
        for mode in modes:
            if mode in results:
                values, rate = results[mode]
                log("| %s | %d | %s ms | %s ms | %s ms | %.1f |" % (
                    MODES[mode]["label"], len(values), "{:,.0f}".format(percentile(values, 50)),
                    "{:,.0f}".format(percentile(values, 95)), "{:,.0f}".format(max(values)), rate))
        log("")
        for mode in modes:
            if mode in results:
                values, rate = results[mode]
                log("latency %s: p50 %.0f ms, p95 %.0f ms, %.1f requests/min (%d calls)" % (
                    mode, percentile(values, 50), percentile(values, 95), rate, len(values)))
    for failure in failures:
        log("failed: %s" % failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
