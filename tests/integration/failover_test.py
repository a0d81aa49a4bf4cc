#!/usr/bin/env python3
"""Two engines on one PostgreSQL database: the holder dies, the standby takes over.

A business runs `rebound-cli run` on an always-on box and a second one (or a
desk's app) as a hot standby, both on the same PostgreSQL database. This test
starts two such engines against the sandbox, places 40 missed calls from 40
callers, has 20 of them reply, and SIGKILLs whichever engine holds the lease
halfway through. The holder is made to look as if it ran on another machine,
so the standby cannot see that its process is gone and must wait the lease
out, as a standby on another desk would.

It then checks what the callers received (the sandbox's message list): each
caller texted back exactly once, each reply answered exactly once, and the
standby holding the lease within 10 s of the kill. Run it through
scripts/with-postgres.sh, which provides REBOUND_TEST_POSTGRES_URL.

Exit status 0 only when every check passes; the last line is always
`N passed, M failed`.
"""

import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crash_test import Engine, Sandbox, TestAbort, log, scenario_main, tail  # noqa: E402

BUSINESS_LINE = "+15125550100"
FIRST_CALLER = 15125550120  # +15125550120 .. +15125550159, inside the fictional 555-01xx range
CALLS = 40
REPLIES = 20
TAKEOVER_LIMIT_S = 10.0
REPLY_TEXT = "hi this is Dana, the AC quit and the house is 90 degrees"


def psql(url, sql):
    """One query through psql; rows as lists of text."""
    result = subprocess.run(["psql", url, "-X", "-A", "-t", "-F", "\t", "-c", sql],
                            capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        raise TestAbort("psql failed: %s" % result.stderr.strip())
    return [line.split("\t") for line in result.stdout.splitlines() if line]


def wait_until(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise TestAbort("%s did not happen within %.0f s" % (what, timeout))


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, message):
        log("%s: %s" % ("PASS" if ok else "FAIL", message))
        if ok:
            self.passed += 1
        else:
            self.failed += 1


def outbound(sandbox, token):
    grouped = {}
    for m in sandbox.list_messages(token, From=BUSINESS_LINE):
        if m.get("direction", "").startswith("outbound"):
            grouped.setdefault(m["to"], []).append(m)
    return grouped


def holder(url):
    rows = psql(url, "SELECT holder_label, holder_pid FROM engine_lease WHERE name = 'engine'")
    return (rows[0][0], int(rows[0][1])) if rows else None


def run(args):
    url = os.environ.get("REBOUND_TEST_POSTGRES_URL", "")
    if not url:
        raise TestAbort("run through scripts/with-postgres.sh, which starts a throw-away server")
    rng = random.Random(args.seed)
    token = "%032x" % random.SystemRandom().getrandbits(128)
    env = dict(os.environ, REBOUND_AUTH_TOKEN=token)
    workdir = tempfile.mkdtemp(prefix="rebound-failover-")
    cli = os.path.join(workdir, "rebound-cli")
    shutil.copy2(args.cli, cli)
    checks = Checks()
    sandbox = Sandbox(cli, workdir, env)
    engines = {}
    log("failover test: seed %s, work dir %s" % (args.seed, workdir))
    try:
        sandbox.start()
        common = ["--account-sid", sandbox.account_sid, "--base-url", sandbox.base_url, "--number", BUSINESS_LINE,
                  "--db", url, "--poll-interval", "0.5", "--list-lag", "5", "--log-format", "json",
                  "--trade", "hvac"]
        for name in ("a", "b"):
            os.makedirs(os.path.join(workdir, name))
            engines[name] = Engine(cli, os.path.join(workdir, name), env, common)
        engines["a"].start()
        if not engines["a"].wait_for("lease_acquired", timeout=30):
            raise TestAbort("the first engine did not take the lease:\n%s" % tail(engines["a"].stderr_path))
        engines["b"].start()
        if not engines["b"].wait_for("engine_standby", timeout=30):
            raise TestAbort("the second engine did not stand by:\n%s" % tail(engines["b"].stderr_path))
        wait_until(lambda: psql(url, "SELECT value FROM settings WHERE key LIKE 'lines.%.first_polled_at'"), 60,
                   "the holder's first look at the account")

        first_holder = holder(url)
        by_pid = {e.process.pid: name for name, e in engines.items()}
        holder_name = by_pid.get(first_holder[1])
        standby_name = "b" if holder_name == "a" else "a"
        checks.check(holder_name is not None, "one of the two engines holds the lease (%s)" % first_holder[0])
        # A holder on another machine: the standby cannot see its process, only its lease.
        psql(url, "UPDATE engine_lease SET holder_host = 'another-box' WHERE name = 'engine'")

        callers = ["+%d" % (FIRST_CALLER + i) for i in range(CALLS)]
        repliers = callers[:REPLIES]
        replied = set()
        seen_lock = threading.Lock()

        def reply_when_texted(batch):
            """Each caller in the batch replies as soon as their text-back arrived."""
            pending = [c for c in batch if c not in replied]
            deadline = time.monotonic() + 60
            while pending and time.monotonic() < deadline:
                got = outbound(sandbox, token)
                for caller in list(pending):
                    if got.get(caller):
                        sandbox.control("POST", "messages", {"from": caller, "to": BUSINESS_LINE,
                                                             "body": REPLY_TEXT}, expect=(201,))
                        with seen_lock:
                            replied.add(caller)
                        pending.remove(caller)
                time.sleep(0.2)

        def place(batch):
            for caller in batch:
                sandbox.control("POST", "calls", {"from": caller, "outcome": "missed", "wiring": "forwarded",
                                                  "ring_ms": rng.randint(100, 800)}, expect=(201,))
                time.sleep(rng.uniform(0.05, 0.25))

        # Slow sends, so the kill is likely to land while a text is on its way: a claim the dead
        # holder made must then be reconciled with the provider by the new one, not sent again.
        sandbox.control("POST", "faults", {"kind": "delay", "delay_ms": 1500, "method": "POST",
                                           "path_contains": "Messages.json", "probability": 0.6, "count": -1},
                        expect=(201,))
        # First half: 20 calls, ten of the callers answer their text.
        place(callers[:20])
        reply_when_texted(repliers[:10])
        # Halfway: the holder dies with a kill -9, in the middle of whatever it was doing.
        killed_at = time.monotonic()
        engines[holder_name].crash()
        log("killed the holder (engine %s) after 20 calls and 10 replies" % holder_name)
        in_flight = psql(url, "SELECT COUNT(*) FROM outbox WHERE state IN ('sending', 'unknown')")[0][0]
        log("texts the dead holder left on their way: %s" % in_flight)
        sandbox.control("DELETE", "faults")
        placer = threading.Thread(target=place, args=(callers[20:],), daemon=True)
        placer.start()
        took_over = engines[standby_name].wait_for("lease_acquired", timeout=30)
        takeover_s = time.monotonic() - killed_at
        checks.check(took_over is not None and takeover_s <= TAKEOVER_LIMIT_S,
                     "the standby took the lease %.1f s after the holder died (limit %.0f s)"
                     % (takeover_s, TAKEOVER_LIMIT_S))
        placer.join(timeout=60)
        reply_when_texted(repliers[10:])

        # Settle: every caller texted, every reply answered, then quiet for a while so a late duplicate shows.
        def settled():
            got = outbound(sandbox, token)
            return all(got.get(c) for c in callers) and all(len(got.get(c, [])) >= 2 for c in replied)

        try:
            wait_until(settled, 90, "every caller texted and every reply answered")
        except TestAbort as error:
            log(str(error))
        time.sleep(5)

        got = outbound(sandbox, token)
        never = [c for c in callers if not got.get(c)]
        checks.check(not never, "every caller was texted back (%d of %d)" % (CALLS - len(never), CALLS))
        twice = {c: len(got[c]) for c in callers if c not in replied and len(got.get(c, [])) > 1}
        checks.check(not twice, "no caller who did not reply got more than the one text-back %s" % (twice or ""))
        checks.check(len(replied) == REPLIES, "%d callers replied" % len(replied))
        answers = {c: len(got.get(c, [])) - 1 for c in replied}
        wrong = {c: n for c, n in answers.items() if n != 1}
        checks.check(not wrong, "each reply answered exactly once %s" % (wrong or ""))
        decisions = psql(url, "SELECT COUNT(*), COUNT(DISTINCT call_sid) FROM decisions WHERE action = 'text'")[0]
        checks.check(decisions[0] == decisions[1] == str(CALLS),
                     "one text decision per call in the database (%s rows, %s calls)" % tuple(decisions))
        sent = psql(url, "SELECT COUNT(*) FROM outbox WHERE state = 'sent'")[0][0]
        checks.check(int(sent) == CALLS + REPLIES,
                     "the outbox sent %s texts: %d text-backs and %d answers" % (sent, CALLS, REPLIES))
        survivor = engines[standby_name]
        checks.check(survivor.stop(), "the surviving engine stopped cleanly")
    except TestAbort as error:
        checks.check(False, str(error))
    finally:
        for e in engines.values():
            e.kill_now()
        sandbox.stop()
    log("%d passed, %d failed" % (checks.passed, checks.failed))
    if checks.failed:
        for name, e in engines.items():
            log("==== engine %s stdout (tail)\n%s" % (name, tail(e.stdout_path, 30)))
            log("==== engine %s stderr (tail)\n%s" % (name, tail(e.stderr_path, 30)))
        log("work dir kept: %s" % workdir)
        return 1
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def main():
    return scenario_main(__doc__.split("\n\n")[0], lambda args, _parser: run(args))


if __name__ == "__main__":
    sys.exit(main())
