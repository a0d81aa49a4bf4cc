#!/usr/bin/env python3
"""The auth token never leaves the place it is kept.

A full run of the engine (`rebound-cli run`) against the sandbox with a token
made up for this run: missed calls texted back, callers' replies answered, a
spell of refused credentials (401) and garbled answers, a SIGKILL and a
restart, then `account check` and `send` with a wrong token. Meanwhile every
process's command line is read; afterwards every file the engine wrote (the
database and its WAL, the rotated logs) and everything the commands printed
is searched for the token and for the Basic credentials made from it. The
files the engine wrote must be readable by their owner only.

Exit status 0 only when every check passes; the last line is always
`N passed, M failed`.
"""

import base64
import os
import random
import stat
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crash_test import BUSINESS_LINE, Checks, Engine, Sandbox, TestAbort, conclude, log, scenario_main, tail  # noqa: E402


def forms_of(account_sid, token):
    """The token as it could escape: itself, and inside a Basic authorization header."""
    basic = base64.b64encode(("%s:%s" % (account_sid, token)).encode()).decode()
    return {"the token": token.encode(), "the Basic credentials": basic.encode()}


def search(paths, forms):
    """[(path, form name)] for every file that holds one of the forms."""
    found = []
    for path in paths:
        with open(path, "rb") as f:
            content = f.read()
        found.extend((path, name) for name, value in forms.items() if value in content)
    return found


def command_lines():
    """Every process's command line, as `ps` would list them."""
    lines = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/cmdline" % pid, "rb") as f:
                    lines[int(pid)] = f.read().replace(b"\0", b" ")
            except OSError:
                pass
    return lines


def run(args):
    token = "%032x" % random.SystemRandom().getrandbits(128)
    workdir = tempfile.mkdtemp(prefix="rebound-secret-")
    engine_dir = os.path.join(workdir, "engine")  # everything the engine writes, and nothing else
    os.makedirs(engine_dir)
    cli = args.cli
    checks = Checks()
    # The sandbox plays Twilio: it knows the token. The engine reads it from a file.
    sandbox = Sandbox(cli, workdir, dict(os.environ, REBOUND_AUTH_TOKEN=token))
    engine_env = {k: v for k, v in os.environ.items() if k != "REBOUND_AUTH_TOKEN"}
    token_file = os.path.join(workdir, "auth-token")
    with open(token_file, "w") as f:
        f.write(token + "\n")
    os.chmod(token_file, 0o600)
    engine = None
    outputs = []
    os.umask(0o022)  # the usual desktop umask: new files readable by all unless Rebound says otherwise
    try:
        sandbox.start()
        forms = forms_of(sandbox.account_sid, token)
        engine = Engine(cli, workdir, engine_env, [
            "--account-sid", sandbox.account_sid, "--base-url", sandbox.base_url, "--number", BUSINESS_LINE,
            "--auth-token-file", token_file, "--db", os.path.join(engine_dir, "rebound.sqlite"),
            "--poll-interval", "0.5", "--log-format", "json", "--log-file", os.path.join(engine_dir, "engine.log"),
            "--log-max-size", "4K", "--log-keep", "3", "--owner-cell", "+15125550199"])
        engine.start()
        if not engine.wait_for("engine_started", timeout=30):
            raise TestAbort("the engine did not start:\n%s" % tail(engine.stderr_path))

        leaked_in_ps = []

        def look_at_processes():
            for pid, line in command_lines().items():
                leaked_in_ps.extend((pid, name) for name, value in forms.items() if value in line)

        callers = ["+1512555%04d" % n for n in range(171, 175)]
        for caller in callers:
            sandbox.control("POST", "calls", {"from": caller, "outcome": "missed", "wiring": "forwarded",
                                              "ring_ms": 300}, expect=(201,))
        look_at_processes()
        def texted_back():
            return len([e for _, e in engine.events_of("text_sent") if e.get("purpose") == "text_back"])

        deadline = time.monotonic() + 40
        while time.monotonic() < deadline and texted_back() < len(callers):
            time.sleep(0.2)
        checks.add("every caller was texted back", texted_back() == len(callers),
                   "%d of %d" % (texted_back(), len(callers)))
        for caller in callers:
            sandbox.control("POST", "messages", {"from": caller, "to": BUSINESS_LINE,
                                                 "body": "Hi, this is Dana. Water heater leaking at 12 Oak St"},
                            expect=(201,))
        time.sleep(3)
        # Credentials refused, then garbled answers: the error paths print the most.
        sandbox.control("POST", "faults", {"kind": "status", "status": 401, "count": 6}, expect=(201,))
        sandbox.control("POST", "faults", {"kind": "malformed", "count": 6}, expect=(201,))
        sandbox.control("POST", "calls", {"from": "+15125550179", "outcome": "missed", "wiring": "forwarded",
                                          "ring_ms": 300}, expect=(201,))
        time.sleep(5)
        look_at_processes()
        engine.crash()  # SIGKILL: whatever it printed on the way down is searched too
        engine.start()
        if not engine.wait_for("engine_started", timeout=30):
            raise TestAbort("the engine did not restart:\n%s" % tail(engine.stderr_path))
        time.sleep(3)
        look_at_processes()
        checks.add("the engine stopped cleanly on SIGTERM", engine.stop())
        checks.add("no process's command line holds the token", not leaked_in_ps,
                   ", ".join("pid %d: %s" % p for p in leaked_in_ps))

        # The one-shot commands, with a wrong token and with the right one.
        for name, secret in (("wrong", "0" * 32), ("right", token)):
            env = dict(engine_env, REBOUND_AUTH_TOKEN=secret)
            for command in (["account", "check"], ["send", "--from", BUSINESS_LINE, "--to", "+15125550180",
                                                   "--body", "Checking in"]):
                done = subprocess.run([cli] + command + ["--account-sid", sandbox.account_sid,
                                                         "--base-url", sandbox.base_url],
                                      env=env, capture_output=True, timeout=60)
                path = os.path.join(workdir, "%s-%s.out" % ("-".join(command[:2]), name))
                with open(path, "wb") as f:
                    f.write(done.stdout + done.stderr)
                outputs.append(path)

        written = []
        for root, _dirs, files in os.walk(engine_dir):
            written.extend(os.path.join(root, name) for name in files)
        checks.add("the engine wrote its database and logs",
                   any(p.endswith("rebound.sqlite") for p in written) and any("engine.log" in p for p in written),
                   ", ".join(sorted(os.path.basename(p) for p in written)))
        leaks = search(written + outputs + [engine.stdout_path, engine.stderr_path], forms)
        checks.add("no file, log, database or output holds the token", not leaks,
                   ", ".join("%s in %s" % (name, path) for path, name in leaks))
        open_to_others = [p for p in written if os.stat(p).st_mode & (stat.S_IRWXG | stat.S_IRWXO)]
        checks.add("the engine's files are readable by their owner only", not open_to_others,
                   ", ".join("%s %o" % (p, os.stat(p).st_mode & 0o777) for p in open_to_others))
    except TestAbort as error:
        checks.add("the test ran to the end", False, str(error))
    except (OSError, ValueError, subprocess.SubprocessError) as error:
        checks.add("the test ran to the end", False, "%s: %s" % (type(error).__name__, error))
    finally:
        if engine:
            engine.kill_now()
        sandbox.stop()
    return conclude(checks, workdir, args.keep)


def main():
    return scenario_main(__doc__.split("\n\n")[0], lambda args, _parser: run(args), seeded=False)


if __name__ == "__main__":
    sys.exit(main())
