"""The processes kata tests run in (started by checker.runner).

`python -m checker.child` imports what every kata needs, then reads one job, a JSON line on stdin
(the pytest arguments and the environment variables that say what to test and where to record it),
and runs it.

`python -m checker.child --serve` is a fork server, used where fork is safe (Linux): it imports the
same modules once, then forks a child per job line. Each child has its own memory and its own session,
as isolated as a new process, without the half second a new Python spends importing NumPy and pytest.
It answers on stdout with one JSON line per event: {"id", "pid"} when a child starts, {"id",
"returncode"} when it ends.
"""

import contextlib
import json
import os
import selectors
import signal
import sys
import traceback

import numpy  # noqa: F401 - imported ahead of the job: this is the slow part of starting
import pytest
import pytest_timeout  # noqa: F401

import checker.expect  # noqa: F401


def run(order: dict) -> int:
    os.environ.update(order["env"])
    return int(pytest.main(order["argv"]))


def main() -> int:
    line = sys.stdin.readline()
    return run(json.loads(line)) if line else 0  # no line: a spare that was never given a job


def serve() -> None:
    answers = os.fdopen(os.dup(1), "w", buffering=1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 1)  # nothing but `answers` may write where the parent reads
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda *_: None)  # the wakeup fd is what matters: it ends select()
    selector = selectors.DefaultSelector()
    selector.register(0, selectors.EVENT_READ)
    selector.register(wake_read, selectors.EVENT_READ)
    running: dict[int, int] = {}  # pid -> job id
    pending, open_input = b"", True
    private = (answers.fileno(), wake_read, wake_write, devnull)

    while open_input or running:
        for key, _ in selector.select():
            if key.fd == wake_read:
                os.read(wake_read, 4096)
                continue
            data = os.read(0, 65536)
            if not data:  # the checker is done, or was killed: a kata still running has no one to report to
                open_input = False
                selector.unregister(0)
                for pid in running:
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.killpg(pid, signal.SIGKILL)
            pending += data
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                order = json.loads(line)
                pid = _fork(order, private)
                running[pid] = order["id"]
                answers.write(json.dumps({"id": order["id"], "pid": pid}) + "\n")
        while running:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break
            answers.write(json.dumps({"id": running.pop(pid), "returncode": os.waitstatus_to_exitcode(status)}) + "\n")


def _fork(order: dict, private: tuple[int, ...]) -> int:
    log = os.open(order["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    pid = os.fork()
    if pid:
        os.close(log)
        return pid
    try:  # the child: a session, streams and environment of its own, none of the server's pipes
        os.setsid()
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        os.dup2(private[-1], 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        for fd in (*private, log):
            os.close(fd)
        sys.stdin = open(0, closefd=False)  # noqa: SIM115 - the process's own streams, never closed
        sys.stdout = open(1, "w", closefd=False, buffering=1)  # noqa: SIM115
        sys.stderr = open(2, "w", closefd=False, buffering=1)  # noqa: SIM115
        code = run(order)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    except BaseException:
        traceback.print_exc()
        os._exit(70)


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        sys.exit(main())
