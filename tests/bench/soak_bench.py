#!/usr/bin/env python3
"""Soak run of the Rebound engine: a long day of the demo at 10x speed, with faults.

The sandbox runs the demo scenario (`rebound-cli sandbox --scenario demo
--speed 10`): its customers call every few seconds, a share of the calls is
answered, and the people who were texted back answer the way people do. For
the whole run the sandbox also refuses, drops, delays and garbles a share of
the REST requests, lags its message list, and every two minutes refuses every
send for 20 seconds. The engine (`rebound-cli run`) is never restarted.

Every few seconds the engine's resident memory and CPU time are sampled. At
the end the faults are cleared, the engine gets a minute to finish, and the
outcome is checked against the sandbox (what the callers received) and the
engine's database:
  - every text the provider holds is one the engine queued, once (nothing
    duplicated), and every text the engine holds as sent is at the provider;
  - nothing queued more than a minute before the end is still unsent or failed
    (nothing lost);
  - every inbound call that ended more than a minute before the end has a
    decision (the demo forwards unanswered calls, so every call the provider
    sees was missed: answered calls are judged by the engine tests, with
    <Dial> wiring);
  - the database passes PRAGMA integrity_check.
Memory is reported as the slope of a least-squares line through the samples
after the first minute, in KiB per minute.

Exit status is non-zero when a check fails or the run could not be made; the
memory and CPU figures are printed, not judged.
"""

import calendar
import os
import random
import sqlite3
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
from crash_test import (BUSINESS_LINE, Checks, Engine, Sandbox, TestAbort,  # noqa: E402
                        conclude, http, log, scenario_main, tail, wait_for_first_look)

SPEED = "10"
SAMPLE_EVERY_S = 5.0
WARM_UP_S = 60.0
SETTLE_S = 60.0
OUTAGE_EVERY_S = 120.0
OUTAGE_MS = 20000
# Per matching request, tried in this order; lower than the crash test's,
# since these run for ten minutes rather than one.
FAULTS = [
    {"kind": "status", "status": 429, "retry_after": 0, "probability": 0.03},
    {"kind": "status", "status": 500, "probability": 0.03},
    {"kind": "drop", "probability": 0.02},
    {"kind": "drop_after_processing", "method": "POST", "probability": 0.03},
    {"kind": "status_after_processing", "status": 500, "method": "POST", "probability": 0.02},
    {"kind": "malformed", "probability": 0.02},
    {"kind": "truncated", "method": "GET", "probability": 0.02},
    {"kind": "delay", "delay_ms": 1500, "probability": 0.02},
    {"kind": "list_lag", "lag_ms": 2000, "path_contains": "Messages"},
]
LIST_LAG_S = "3"
SANDBOX_LOG_LIMIT = 5000  # requests /sandbox/log keeps
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise TestAbort("no VmRSS for process %d" % pid)


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def slope_per_minute(samples):
    """Least-squares slope of (seconds, KiB) samples, in KiB per minute."""
    n = len(samples)
    if n < 2:
        return 0.0
    mean_t = sum(t for t, _ in samples) / n
    mean_v = sum(v for _, v in samples) / n
    spread = sum((t - mean_t) ** 2 for t, _ in samples)
    if spread == 0:
        return 0.0
    return 60.0 * sum((t - mean_t) * (v - mean_v) for t, v in samples) / spread


def provider_list(sandbox, token, resource, key):
    """Every item of a list resource, following next_page_uri (bounded)."""
    uri = "/2010-04-01/Accounts/%s/%s.json?PageSize=1000" % (sandbox.account_sid, resource)
    items = []
    for _ in range(100):
        status, payload = http("GET", sandbox.base_url + uri, auth=(sandbox.account_sid, token), timeout=30)
        if status != 200 or payload is None:
            raise TestAbort("listing %s answered %s" % (resource, status))
        items.extend(payload.get(key, []))
        uri = payload.get("next_page_uri")
        if not uri:
            return items
    raise TestAbort("the %s list did not end after 100 pages" % resource)


def iso_age_s(text, now):
    """Seconds from an ISO time the engine wrote (UTC) to `now` (epoch)."""
    if not text:
        return None
    stamp = text.replace("Z", "").split(".")[0].replace("T", " ")
    return now - calendar.timegm(time.strptime(stamp, "%Y-%m-%d %H:%M:%S"))


def rfc2822_epoch(text):
    if not text:
        return None
    return calendar.timegm(time.strptime(text[:25], "%a, %d %b %Y %H:%M:%S"))


def verify(sandbox, token, db_path, ended_at, checks):
    messages = provider_list(sandbox, token, "Messages", "messages")
    calls = provider_list(sandbox, token, "Calls", "calls")
    outbound = {m["sid"]: m for m in messages if m.get("direction", "").startswith("outbound")}

    connection = sqlite3.connect(db_path, timeout=10)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        rows = connection.execute(
            "SELECT id, purpose, to_number, call_sid, state, attempts, provider_sid, error, created_at FROM outbox"
        ).fetchall()
        decisions = dict(connection.execute("SELECT call_sid, action FROM decisions").fetchall())
        skips = connection.execute("SELECT action, reason FROM decisions WHERE action != 'text'").fetchall()
        purposes = connection.execute("SELECT purpose, COUNT(*) FROM outbox GROUP BY purpose").fetchall()
        leads = connection.execute("SELECT score, COUNT(*) FROM leads GROUP BY score").fetchall()
    finally:
        connection.close()

    queued = {}
    for row in rows:
        if row[6]:
            queued[row[6]] = row
    strays = sorted(sid for sid in outbound if sid not in queued)
    phantoms = sorted(row[0] for row in rows if row[4] == "sent" and row[6] not in outbound)
    unsettled = ["%s %s to %s (%s attempts%s)" % (r[1], r[4], r[2], r[5], ", " + r[7] if r[7] else "")
                 for r in rows if r[4] != "sent" and r[4] != "cancelled"
                 and (iso_age_s(r[8], ended_at) or 0) > SETTLE_S]

    inbound = [c for c in calls if c.get("direction") == "inbound"]
    finished = [c for c in inbound if c.get("end_time") and ended_at - rfc2822_epoch(c["end_time"]) > SETTLE_S]
    undecided = sorted(c["sid"] for c in finished if c["sid"] not in decisions)
    skipped = {}
    for _, reason in skips:
        skipped[reason] = skipped.get(reason, 0) + 1

    log("provider: %d calls (%d inbound), %d messages (%d outbound)" % (
        len(calls), len(inbound), len(messages), len(outbound)))
    log("engine: outbox %s; decisions %d (not texted: %s); leads %s" % (
        ", ".join("%s %d" % p for p in purposes), len(decisions),
        ", ".join("%s %d" % kv for kv in sorted(skipped.items())) or "none",
        ", ".join("%s %d" % l for l in leads) or "none"))
    checks.add("every text at the provider was queued once by the engine", not strays, ", ".join(strays[:10]))
    checks.add("every text the engine holds as sent is at the provider", not phantoms, ", ".join(phantoms[:10]))
    checks.add("nothing queued before the last minute is unsent or failed", not unsettled, "; ".join(unsettled[:10]))
    checks.add("every inbound call that ended before the last minute has a decision", not undecided,
               ", ".join(undecided[:10]))
    checks.add("PRAGMA integrity_check is ok", integrity == ["ok"], "; ".join(integrity))
    return len(inbound), len(outbound)


def run(args):
    rng = random.Random(args.seed)
    token = "%032x" % random.SystemRandom().getrandbits(128)
    env = dict(os.environ, REBOUND_AUTH_TOKEN=token)
    workdir = tempfile.mkdtemp(prefix="rebound-soak-")
    db_path = os.path.join(workdir, "rebound.sqlite")
    checks = Checks()
    sandbox = Sandbox(args.cli, workdir, env, ["--scenario", "demo", "--speed", SPEED, "--trade", args.trade])
    engine = None
    samples = []  # (seconds since start, KiB)
    log("soak: %.0f minutes of the %s demo at %sx, seed %s, work dir %s" % (
        args.minutes, args.trade, SPEED, args.seed, workdir))
    try:
        sandbox.start()
        owner = sandbox.control("GET", "health").get("owner_cell")
        engine = Engine(args.cli, workdir, env, [
            "--account-sid", sandbox.account_sid, "--base-url", sandbox.base_url, "--number", BUSINESS_LINE,
            "--db", db_path, "--poll-interval", "1", "--list-lag", LIST_LAG_S, "--log-format", "json",
            "--owner-cell", owner, "--hours", "24/7",
            # Every call is texted back, so the sends go on all run long (the demo's
            # people call again within the day, which would otherwise stop them).
            "--window-hours", "0"])
        engine.start()
        if not engine.wait_for("engine_started", timeout=30):
            raise TestAbort("the engine did not print engine_started:\n%s" % tail(engine.stderr_path))
        wait_for_first_look(db_path, engine, time.monotonic() + 60)
        for fault in FAULTS:
            sandbox.control("POST", "faults", dict(fault, count=-1), expect=(201,))

        pid = engine.process.pid
        started = time.monotonic()
        cpu_at_start = cpu_seconds(pid)
        end = started + args.minutes * 60
        next_outage = started + rng.uniform(30, OUTAGE_EVERY_S)
        outages = 0
        cleared = False
        while time.monotonic() < end + SETTLE_S:
            now = time.monotonic()
            if engine.process.poll() is not None:
                raise TestAbort("the engine exited (code %s):\n%s" % (engine.process.returncode,
                                                                       tail(engine.stderr_path)))
            samples.append((now - started, rss_kib(pid)))
            if now < end and now >= next_outage:
                sandbox.control("POST", "faults", {"kind": "outage", "status": 503, "method": "POST",
                                                    "path_contains": "Messages", "duration_ms": OUTAGE_MS},
                                expect=(201,))
                outages += 1
                next_outage = now + OUTAGE_EVERY_S
            if now >= end and not cleared:
                sandbox.control("DELETE", "faults")
                cleared = True
            time.sleep(SAMPLE_EVERY_S)
        elapsed = time.monotonic() - started
        cpu = cpu_seconds(pid) - cpu_at_start
        requests = sandbox.control("GET", "log").get("requests", [])
        faults = sum(1 for r in requests if r.get("fault"))

        calls, texts = verify(sandbox, token, db_path, time.time(), checks)
        clean_stop = engine.stop()
        checks.add("the engine stopped cleanly on SIGTERM", clean_stop)

        warm = [s for s in samples if s[0] >= WARM_UP_S]
        values = [v for _, v in warm]
        log("run: %.1f min, %d inbound calls, %d texts out, %d send outages of %d s; of the last %d REST requests "
            "(the sandbox keeps %d), %d faulted" % (elapsed / 60, calls, texts, outages, OUTAGE_MS // 1000,
                                                    len(requests), SANDBOX_LOG_LIMIT, faults))
        log("engine CPU: %.1f s in %.1f min (%.2f%% of one core)" % (cpu, elapsed / 60, 100 * cpu / elapsed))
        if values:
            log("engine RSS after the first minute: start %.1f MiB, end %.1f MiB, min %.1f, max %.1f; "
                "slope %+.1f KiB/min over %d samples" % (
                    values[0] / 1024, values[-1] / 1024, min(values) / 1024, max(values) / 1024,
                    slope_per_minute(warm), len(warm)))
    except TestAbort as error:
        checks.add("the soak ran to the end", False, str(error))
    except (OSError, ValueError, sqlite3.Error) as error:
        checks.add("the soak ran to the end", False, "%s: %s" % (type(error).__name__, error))
    finally:
        if engine:
            engine.kill_now()
        sandbox.stop()
    logs = [(path, 40) for path in ((engine.stdout_path, engine.stderr_path) if engine else ())]
    return conclude(checks, workdir, args.keep, logs)


def add_arguments(parser):
    parser.add_argument("--minutes", type=float, default=10, help="how long the calls and faults go on")
    parser.add_argument("--trade", default="plumbing", help="the demo business's trade")


def main():
    return scenario_main(__doc__.split("\n\n")[0], lambda args, _parser: run(args), add_arguments)


if __name__ == "__main__":
    sys.exit(main())
