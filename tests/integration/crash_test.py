#!/usr/bin/env python3
"""Crash and fault test for the Rebound engine (`rebound-cli run`).

The engine promises to text every missed caller back exactly once. This test
tries to break that promise: it SIGKILLs the engine at random instants while
missed calls keep arriving (and, with --faults, while the sandbox refuses,
drops, delays and garbles a share of the REST requests), restarting it each
time on the same database. When the calls stop, the engine is left alone to
catch up, then the outcome is checked where it matters: what the callers
actually received (the sandbox's message list) and what the engine believes
it did (its SQLite database).

Exit status 0 only when every check passes; the last line is always
`N passed, M failed`.
"""

import argparse
import base64
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

BUSINESS_LINE = "+15125550100"
FIRST_CALLER = 15125550101
MAX_CALLERS = 50  # +15125550101 .. +15125550150, the fictional 555-01xx range
POLL_INTERVAL = "0.5"
MIN_KILLS = 10
KILL_GAP_S = (0.3, 2.0)
CALL_GAP_S = (0.05, 0.4)
RING_MS = (100, 1500)
FINAL_OUTBOX_STATES = ("sent", "failed", "cancelled")
# The sandbox's scripted customers answer texts even in the quiet scenario; the
# plumbing ones (the default trade) live at +15125550111..115, inside the caller
# range. With another trade no caller ever writes back, so every outbound
# message a caller has is a text-back and "exactly one" is the right test.
SANDBOX_TRADE = "hvac"

# Probabilities are per matching request; the sandbox tries the faults in this
# order, so a request hit by one is not exposed to the ones after it.
FAULTS = [
    {"kind": "status", "status": 429, "retry_after": 0, "probability": 0.10},
    {"kind": "status", "status": 500, "probability": 0.08},
    {"kind": "drop", "probability": 0.05},
    {"kind": "drop_after_processing", "method": "POST", "probability": 0.08},
    {"kind": "status_after_processing", "status": 500, "method": "POST", "probability": 0.05},
    {"kind": "malformed", "probability": 0.05},
    {"kind": "truncated", "method": "GET", "probability": 0.05},
    {"kind": "delay", "delay_ms": 1500, "probability": 0.03},
    # Twilio as it behaves at its worst: the message list lags the sends, and
    # POST Messages.json is down for a while.
    {"kind": "list_lag", "lag_ms": 2000, "path_contains": "Messages"},
    {"kind": "outage", "status": 503, "method": "POST", "path_contains": "Messages", "duration_ms": 6000},
]
# For the whole run: the provider's clock is 20 minutes behind this machine's,
# so a call that just ended looks 20 minutes old to a naive engine.
LASTING_FAULTS = [
    {"kind": "clock_offset", "offset_ms": -20 * 60 * 1000},
]
# How far the engine is told the message list may lag (above the list_lag fault).
LIST_LAG_S = "3"

# Loopback only: never let an http_proxy setting route the test's requests elsewhere.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class TestAbort(Exception):
    """Something the test needs did not happen; the run cannot be judged."""


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
        token = base64.b64encode(("%s:%s" % auth).encode()).decode()
        headers["Authorization"] = "Basic " + token
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


def kill_group(process, sig):
    """Signal the process's whole group (each child runs in its own session)."""
    try:
        os.killpg(process.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def iso_ms(epoch):
    """UTC time with milliseconds, as the sandbox writes its log's 'at'."""
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch)) + ".%03dZ" % (int(epoch * 1000) % 1000)


def tail(path, lines=40):
    try:
        with open(path, "r", errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError as error:
        return "(cannot read %s: %s)\n" % (path, error)


class Sandbox:
    """The Twilio-compatible sandbox (`rebound-cli sandbox`, quiet unless told) on a free loopback port."""

    def __init__(self, cli, workdir, env, args=("--scenario", "quiet", "--trade", SANDBOX_TRADE)):
        self.cli = cli
        self.workdir = workdir
        self.env = env
        self.args = list(args)
        self.process = None
        self.base_url = None
        self.account_sid = None
        self.stdout_path = os.path.join(workdir, "sandbox-stdout.log")
        self.stderr_path = os.path.join(workdir, "sandbox-stderr.log")

    def start(self, timeout=20.0):
        """Start it and read the one JSON line that says where it listens."""
        self._stdout = open(self.stdout_path, "w+")
        self._stderr = open(self.stderr_path, "w")
        self.process = subprocess.Popen(
            [self.cli, "sandbox"] + self.args,
            stdout=self._stdout, stderr=self._stderr, stdin=subprocess.DEVNULL,
            env=self.env, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise TestAbort("the sandbox exited with %s:\n%s" % (self.process.returncode, tail(self.stderr_path)))
            with open(self.stdout_path) as f:
                first = f.readline()
            if first.endswith("\n"):
                info = json.loads(first)
                if info.get("event") != "sandbox_started":
                    raise TestAbort("the sandbox's first line is not sandbox_started: %s" % first.strip())
                self.base_url = info["base_url"].rstrip("/")
                self.account_sid = info["account_sid"]
                return info
            time.sleep(0.05)
        raise TestAbort("the sandbox printed nothing within %.0f s" % timeout)

    def stop(self):
        if not self.process:
            return
        if self.process.poll() is None:
            kill_group(self.process, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                kill_group(self.process, signal.SIGKILL)
                self.process.wait(timeout=10)
        self._stdout.close()
        self._stderr.close()

    def control(self, method, endpoint, body=None, expect=(200, 201, 204)):
        """The sandbox's control API (/sandbox/...); anything but an expected status aborts the test."""
        status, payload = http(method, self.base_url + "/sandbox/" + endpoint, body)
        if status not in expect:
            raise TestAbort("%s /sandbox/%s answered %s: %s" % (method, endpoint, status, payload))
        return payload

    def list_messages(self, token, **filters):
        """Every message matching the filters, following next_page_uri (bounded)."""
        query = urllib.parse.urlencode(dict(filters, PageSize=1000))
        uri = "/2010-04-01/Accounts/%s/Messages.json?%s" % (self.account_sid, query)
        messages = []
        for _ in range(50):
            status, payload = http("GET", self.base_url + uri, auth=(self.account_sid, token))
            if status != 200 or payload is None:
                raise TestAbort("listing messages answered %s: %s" % (status, payload))
            messages.extend(payload.get("messages", []))
            uri = payload.get("next_page_uri")
            if not uri:
                return messages
        raise TestAbort("the message list did not end after 50 pages")


class Engine:
    """`rebound-cli run` on one database, which can be killed and restarted at will.

    Every incarnation's stdout goes through a reader thread into one log file and
    one list of parsed events, so the test can wait for an event and the logs
    tell the whole story across restarts.
    """

    def __init__(self, cli, workdir, env, args):
        self.cli = cli
        self.env = env
        self.args = args
        self.process = None
        self.incarnation = 0
        self.events = []  # (incarnation, event dict)
        self.unexpected_exits = []  # (incarnation, return code)
        self.stdout_path = os.path.join(workdir, "engine-stdout.log")
        self.stderr_path = os.path.join(workdir, "engine-stderr.log")
        self._stdout_log = open(self.stdout_path, "a")
        self._changed = threading.Condition()
        self._lock = threading.RLock()
        self._readers = []

    def _read(self, process, incarnation):
        for raw in process.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            with self._changed:
                self._stdout_log.write("[%d] %s\n" % (incarnation, line))
                self._stdout_log.flush()
                try:
                    event = json.loads(line)
                except ValueError:
                    event = None
                if isinstance(event, dict):
                    self.events.append((incarnation, event))
                    self._changed.notify_all()
        process.stdout.close()

    def start(self):
        with self._lock:
            self.incarnation += 1
            with open(self.stderr_path, "a") as err:
                err.write("==== incarnation %d at %s\n" % (self.incarnation, time.strftime("%H:%M:%S")))
            stderr = open(self.stderr_path, "a")
            try:
                self.process = subprocess.Popen(
                    [self.cli, "run"] + self.args, stdout=subprocess.PIPE, stderr=stderr,
                    stdin=subprocess.DEVNULL, env=self.env, start_new_session=True)
            finally:
                stderr.close()
            reader = threading.Thread(target=self._read, args=(self.process, self.incarnation), daemon=True)
            reader.start()
            self._readers.append(reader)

    def crash(self):
        """SIGKILL the running engine (noting it if it had already died on its own) and reap it."""
        with self._lock:
            if self.process.poll() is not None:
                self.unexpected_exits.append((self.incarnation, self.process.returncode))
            kill_group(self.process, signal.SIGKILL)
            self.process.wait(timeout=10)

    def crash_and_restart(self):
        with self._lock:
            self.crash()
            self.start()

    def wait_for(self, event_type, timeout=20.0):
        """Wait until the current incarnation printed an event of this type; None if it did not in time."""
        wanted = self.incarnation
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for inc, event in self.events:
                    if inc == wanted and event.get("event") == event_type:
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.process.poll() is not None:
                    return None
                self._changed.wait(min(remaining, 0.2))

    def stop(self, timeout=15.0):
        """SIGTERM and wait; returns True when it stopped cleanly in time (escalates to SIGKILL otherwise)."""
        with self._lock:
            if not self.process or self.process.poll() is not None:
                return False
            kill_group(self.process, signal.SIGTERM)
            try:
                code = self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                kill_group(self.process, signal.SIGKILL)
                self.process.wait(timeout=10)
                return False
            for reader in self._readers:
                reader.join(timeout=5)
            return code == 0

    def kill_now(self):
        """The last word on cleanup: whatever is still running dies, and the log is closed."""
        with self._lock:
            if self.process and self.process.poll() is None:
                kill_group(self.process, signal.SIGKILL)
                self.process.wait(timeout=10)
            for reader in self._readers:
                reader.join(timeout=5)
            with self._changed:
                self._stdout_log.close()

    def events_of(self, event_type):
        with self._changed:
            return [(inc, e) for inc, e in self.events if e.get("event") == event_type]


class Killer(threading.Thread):
    """SIGKILLs the engine at random instants and restarts it at once, until told to stop."""

    def __init__(self, engine, rng):
        super().__init__(daemon=True)
        self.engine = engine
        self.rng = rng
        self.kills = 0
        self.error = None
        self._halt = threading.Event()

    def run(self):
        try:
            while not self._halt.wait(self.rng.uniform(*KILL_GAP_S)):
                self.engine.crash_and_restart()
                self.kills += 1
        except Exception as error:  # reported by the main thread
            self.error = error

    def stop(self):
        self._halt.set()
        self.join(timeout=30)


def db_query(db_path, sql, params=()):
    """A short read-only look at the engine's database (it may be running)."""
    connection = sqlite3.connect("file:%s?mode=ro" % urllib.parse.quote(db_path), uri=True, timeout=5)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def wait_for_first_look(db_path, engine, deadline):
    """Wait until the engine finished its first full look at the account.

    Until then the engine is importing history and would (rightly) never text a
    call it finds; calls placed before that would not test what this test tests.
    """
    while time.monotonic() < deadline:
        try:
            rows = db_query(db_path, "SELECT value FROM settings WHERE key LIKE 'lines.%.first_polled_at'")
            if rows:
                return rows[0][0]
        except sqlite3.Error:
            pass
        if engine.process.poll() is not None:
            raise TestAbort("the engine exited before its first look (code %s):\n%s"
                            % (engine.process.returncode, tail(engine.stderr_path)))
        time.sleep(0.1)
    raise TestAbort("the engine did not finish its first look at the account in time")


def outbound_by_caller(sandbox, token):
    """Outbound messages from the business line, grouped by recipient."""
    grouped = {}
    for m in sandbox.list_messages(token, From=BUSINESS_LINE):
        if m.get("direction", "").startswith("outbound"):
            grouped.setdefault(m["to"], []).append(m)
    return grouped


def settle(sandbox, token, engine, db_path, calls, deadline):
    """Leave the engine alone until it has done all it is going to do, or the deadline passes.

    Done means every call has a decision and every text_back outbox row is final
    (a row still 'unknown' or waiting for a retry could yet turn into a second
    text). When every caller also has a text, a short grace period lets a late
    duplicate show up; when some caller has none, it must stay that way for a few
    seconds before the test gives up on it. Returns True when every caller got a text.
    """
    callers = {c["from"] for c in calls}
    sids = {c["sid"] for c in calls}
    missing_since = None
    while time.monotonic() < deadline:
        if engine.process.poll() is not None:
            engine.unexpected_exits.append((engine.incarnation, engine.process.returncode))
            engine.start()
        try:
            decided = {row[0] for row in db_query(db_path, "SELECT call_sid FROM decisions")}
            open_rows = db_query(db_path, "SELECT COUNT(*) FROM outbox WHERE purpose = 'text_back' AND state NOT IN "
                                 "(%s)" % ",".join("'%s'" % s for s in FINAL_OUTBOX_STATES))[0][0]
        except sqlite3.Error:
            decided, open_rows = set(), 1
        done = sids <= decided and open_rows == 0
        all_texted = callers <= set(outbound_by_caller(sandbox, token))
        if done and all_texted:
            time.sleep(min(3.0, max(0.0, deadline - time.monotonic())))
            return True
        if done:
            missing_since = missing_since or time.monotonic()
            if time.monotonic() - missing_since > 5.0:
                return False
        else:
            missing_since = None
        time.sleep(0.5)
    return False


def place_calls(sandbox, rng, count, killer):
    """Place `count` missed forwarded calls from distinct callers at random intervals."""
    placed = []
    for i in range(count):
        caller = "+%d" % (FIRST_CALLER + i)
        ring_ms = rng.randint(*RING_MS)
        answer = sandbox.control("POST", "calls", {
            "from": caller, "outcome": "missed", "wiring": "forwarded", "ring_ms": ring_ms}, expect=(201,))
        placed.append({"from": caller, "sid": answer["sid"], "ring_ms": ring_ms, "placed_at": time.time()})
        if killer.error:
            raise TestAbort("the killer thread failed: %r" % killer.error)
        time.sleep(rng.uniform(*CALL_GAP_S))
    return placed


def log_fault_summary(sandbox, engine):
    """How much trouble the engine actually met: faults the sandbox injected, errors and reconciliations it saw."""
    requests = sandbox.control("GET", "log").get("requests", [])
    faults = {}
    for r in requests:
        if r.get("fault"):
            faults[r["fault"]] = faults.get(r["fault"], 0) + 1
    sends = [r for r in requests if r.get("method") == "POST" and "/Messages.json" in r.get("path", "")]
    reconciled = [e for _, e in engine.events_of("text_sent") if e.get("reconciled")]
    log("sandbox: %d REST requests, %d POSTs to Messages.json, faults injected: %s" % (
        len(requests), len(sends), ", ".join("%s %d" % kv for kv in sorted(faults.items())) or "none"))
    log("engine: %d provider_error events, %d texts found by reconciliation" % (
        len(engine.events_of("provider_error")), len(reconciled)))


class Checks:
    """Named pass/fail results, printed one a line and counted at the end."""

    def __init__(self):
        self.results = []

    def add(self, name, ok, detail=""):
        self.results.append((name, bool(ok), detail))

    def report(self):
        for name, ok, detail in self.results:
            log("%s  %s%s" % ("PASS" if ok else "FAIL", name, (": " + detail) if detail else ""))
        passed = sum(1 for _, ok, _ in self.results if ok)
        failed = len(self.results) - passed
        return passed, failed


def evidence(sandbox, engine, db_path, calls, per_caller, duplicates, missing):
    """Everything needed to tell a harness mistake from an engine bug, for each failing caller."""
    by_caller = {c["from"]: c for c in calls}
    try:
        requests = sandbox.control("GET", "log").get("requests", [])
    except Exception as error:  # the report must still be printed
        requests = []
        log("(cannot read the sandbox log: %s)" % error)
    with open(engine.stdout_path, errors="replace") as f:
        engine_lines = f.read().splitlines()
    connection = sqlite3.connect(db_path, timeout=5)
    try:
        for caller in duplicates + missing:
            call = by_caller[caller]
            log("---- %s (%s): %d outbound message(s)" % (
                caller, "duplicate" if caller in duplicates else "missing", len(per_caller.get(caller, []))))
            log("call %s placed at %s, ring %d ms" % (call["sid"], iso_ms(call["placed_at"]), call["ring_ms"]))
            for m in per_caller.get(caller, []):
                log("  message %s created %s status %s" % (m.get("sid"), m.get("date_created"), m.get("status")))
            for table, key in (("calls", "caller"), ("outbox", "to_number")):
                cursor = connection.execute("SELECT * FROM %s WHERE %s = ?" % (table, key), (caller,))
                names = [d[0] for d in cursor.description]
                for row in cursor.fetchall():
                    log("  %s: %s" % (table, dict(zip(names, row))))
            cursor = connection.execute("SELECT * FROM decisions WHERE call_sid = ?", (call["sid"],))
            names = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                log("  decisions: %s" % dict(zip(names, row)))
            keys = {caller, call["sid"]} | {m.get("sid") for m in per_caller.get(caller, [])}
            for line in engine_lines:
                if any(k and k in line for k in keys):
                    log("  engine %s" % line)
        posts = [r for r in requests if r.get("method") == "POST" and "Messages" in r.get("path", "")]
        log("---- the sandbox saw %d POSTs to Messages.json (faults: %s)" % (
            len(posts), sorted({r.get("fault") for r in posts if r.get("fault")})))
    finally:
        connection.close()


def conclude(checks, workdir, keep, logs=()):
    """Reports the checks and tidies up: on a failure the tails of `logs` are shown and the
    work dir is kept; after a pass it is removed unless `keep`. Returns the exit status."""
    passed, failed = checks.report()
    if failed:
        for path, lines in logs:
            log("==== tail of %s\n%s" % (path, tail(path, lines)))
        log("logs and database kept in %s" % workdir)
    elif keep:
        log("logs and database kept in %s" % workdir)
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    log("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def scenario_main(description, run, add_arguments=None, seeded=True):
    """The command line every scenario script shares: --cli (checked), --keep and, when
    `seeded`, --seed (a fresh one when not given, printed by the script so a run can be
    repeated); SIGTERM ends the run through its cleanup. Returns run(args)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--cli", required=True, help="path to rebound-cli")
    parser.add_argument("--keep", action="store_true", help="keep the work dir (logs, database) after a pass")
    if seeded:
        parser.add_argument("--seed", type=int, default=None, help="random seed (default: a fresh one, printed)")
    if add_arguments:
        add_arguments(parser)
    args = parser.parse_args()
    if not os.access(args.cli, os.X_OK):
        parser.error("--cli %s is not an executable file" % args.cli)
    if seeded and args.seed is None:
        args.seed = random.SystemRandom().randrange(1, 10 ** 6)

    def terminate(signum, _frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminate)
    return run(args, parser)


def verify(sandbox, token, engine, db_path, calls, checks):
    """The checks proper: exactly one text per caller, a 'text' decision per call, a settled outbox, a sound file."""
    per_caller = {}
    for call in calls:
        per_caller[call["from"]] = [m for m in sandbox.list_messages(token, To=call["from"])
                                    if m.get("direction", "").startswith("outbound")]
    duplicates = sorted(c for c, ms in per_caller.items() if len(ms) > 1)
    missing = sorted(c for c, ms in per_caller.items() if not ms)
    texts = sum(len(ms) for ms in per_caller.values())

    connection = sqlite3.connect(db_path, timeout=5)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        decisions = dict((sid, (action, reason)) for sid, action, reason in
                         connection.execute("SELECT call_sid, action, reason FROM decisions"))
        outbox = connection.execute(
            "SELECT to_number, call_sid, state, attempts, provider_sid FROM outbox WHERE purpose = 'text_back'"
        ).fetchall()
    finally:
        connection.close()
    undecided = [c["sid"] for c in calls if c["sid"] not in decisions]
    skipped = ["%s (%s)" % (c["sid"], decisions[c["sid"]][1]) for c in calls
               if c["sid"] in decisions and decisions[c["sid"]][0] != "text"]
    unsent = ["%s %s after %d attempt(s)" % (to, state, attempts)
              for to, _, state, attempts, _ in outbox if state != "sent"]

    log("texts: %d outbound to %d callers; duplicates %d%s; missing %d%s" % (
        texts, len(calls) - len(missing), len(duplicates), (" " + ", ".join(duplicates)) if duplicates else "",
        len(missing), (" " + ", ".join(missing)) if missing else ""))
    log("decisions: %d text, %d skip, %d none; outbox text_back rows: %d (%d not sent)" % (
        len(calls) - len(undecided) - len(skipped), len(skipped), len(undecided), len(outbox), len(unsent)))
    log("integrity_check: %s" % "; ".join(integrity))

    checks.add("no caller got more than one text", not duplicates,
               ", ".join("%s x%d" % (c, len(per_caller[c])) for c in duplicates))
    checks.add("every caller got a text", not missing, ", ".join(missing))
    checks.add("a 'text' decision for every call placed", not undecided and not skipped,
               "; ".join(["undecided " + s for s in undecided] + ["skipped " + s for s in skipped]))
    checks.add("every text_back outbox row is 'sent'", not unsent, "; ".join(unsent))
    checks.add("PRAGMA integrity_check is ok", integrity == ["ok"], "; ".join(integrity))
    if duplicates or missing:
        evidence(sandbox, engine, db_path, calls, per_caller, duplicates, missing)


def run(args):
    rng = random.Random(args.seed)
    token = "%032x" % random.SystemRandom().getrandbits(128)
    env = dict(os.environ, REBOUND_AUTH_TOKEN=token)
    workdir = tempfile.mkdtemp(prefix="rebound-crash-")
    # A private copy: others may rebuild the CLI while the engine is being restarted.
    cli = os.path.join(workdir, "rebound-cli")
    shutil.copy2(args.cli, cli)
    db_path = os.path.join(workdir, "rebound.sqlite")
    started = time.monotonic()
    deadline = started + args.timeout
    checks = Checks()
    sandbox = Sandbox(cli, workdir, env)
    engine = None
    killer = None
    log("crash test: seed %s, %d calls, faults %s, work dir %s" % (
        args.seed, args.calls, "on" if args.faults else "off", workdir))
    try:
        sandbox.start()
        if args.faults:
            for fault in LASTING_FAULTS:
                sandbox.control("POST", "faults", dict(fault), expect=(201,))
        engine = Engine(cli, workdir, env, [
            "--account-sid", sandbox.account_sid, "--base-url", sandbox.base_url, "--number", BUSINESS_LINE,
            "--db", db_path, "--poll-interval", POLL_INTERVAL, "--list-lag", LIST_LAG_S, "--log-format", "json"])
        engine.start()
        if not engine.wait_for("engine_started", timeout=30):
            raise TestAbort("the engine did not print engine_started:\n%s" % tail(engine.stderr_path))
        wait_for_first_look(db_path, engine, min(deadline, time.monotonic() + 60))

        if args.faults:
            for fault in FAULTS:
                sandbox.control("POST", "faults", dict(fault, count=-1), expect=(201,))
        killer = Killer(engine, random.Random(rng.random()))
        killer.start()
        calls = place_calls(sandbox, rng, args.calls, killer)
        placed_at = time.monotonic()
        if args.faults:
            sandbox.control("DELETE", "faults")
            for fault in LASTING_FAULTS:
                sandbox.control("POST", "faults", dict(fault), expect=(201,))
        while killer.kills < MIN_KILLS and time.monotonic() < deadline and not killer.error:
            time.sleep(0.05)
        killer.stop()
        if killer.error:
            raise TestAbort("the killer thread failed: %r" % killer.error)
        log("placed %d calls by %.1f s into the run; %d kills" % (len(calls), placed_at - started, killer.kills))

        all_texted = settle(sandbox, token, engine, db_path, calls, deadline)
        settled_at = time.monotonic()
        clean_stop = engine.stop()
        log("settled %s after %.1f s (%.1f s in all); engine stopped %s" % (
            "with every caller texted" if all_texted else "WITHOUT every caller texted",
            settled_at - placed_at, settled_at - started, "cleanly" if clean_stop else "NOT cleanly"))
        log("summary: %d kills, %d engine starts, %d unexpected exits, %d calls, %d text_sent events" % (
            killer.kills, engine.incarnation, len(engine.unexpected_exits), len(calls),
            len([e for _, e in engine.events_of("text_sent") if e.get("purpose") == "text_back"])))

        log_fault_summary(sandbox, engine)

        checks.add("the engine was killed at least %d times" % MIN_KILLS, killer.kills >= MIN_KILLS,
                   "%d kills" % killer.kills)
        checks.add("the engine never exited on its own", not engine.unexpected_exits,
                   ", ".join("incarnation %d code %s" % e for e in engine.unexpected_exits))
        checks.add("the engine stopped cleanly on SIGTERM", clean_stop)
        verify(sandbox, token, engine, db_path, calls, checks)
    except TestAbort as error:
        checks.add("the test ran to the end", False, str(error))
    except (OSError, ValueError, sqlite3.Error, subprocess.SubprocessError) as error:
        checks.add("the test ran to the end", False, "%s: %s" % (type(error).__name__, error))
    finally:
        if killer:
            killer.stop()
        if engine:
            engine.kill_now()
        sandbox.stop()
    logs = [(path, 40) for path in ((engine.stdout_path, engine.stderr_path) if engine else ())]
    return conclude(checks, workdir, args.keep, logs + [(sandbox.stderr_path, 20)])


def add_arguments(parser):
    parser.add_argument("--calls", type=int, default=50, help="missed calls to place, one per caller (1-50)")
    parser.add_argument("--faults", action="store_true", help="inject REST faults while the calls come in")
    parser.add_argument("--timeout", type=float, default=240, help="seconds for the whole run")


def checked_run(args, parser):
    if not 1 <= args.calls <= MAX_CALLERS:
        parser.error("--calls takes 1 to %d" % MAX_CALLERS)
    return run(args)


def main():
    return scenario_main(__doc__.split("\n\n")[0], checked_run, add_arguments)


if __name__ == "__main__":
    sys.exit(main())
