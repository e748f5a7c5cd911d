"""Starting the processes kata tests run in (checker/child.py), and stopping them.

Kept apart from runner.py and light to import: `python -m checker` starts the fork server before it
loads the rest of the checker, so that the server imports NumPy and pytest meanwhile, on another core.
"""

from __future__ import annotations

import contextlib
import importlib.util
import itertools
import json
import os
import queue
import signal
import subprocess
import sys
import threading

from checker import REPO_ROOT

# The commands that run katas (no command at all is `check`): only they are worth an early fork server.
RUNS_KATAS = {"check", "grade", "compare", "watch"}
RUNTIME_MODULES = {"numpy": "numpy", "pytest": "pytest", "pytest_timeout": "pytest-timeout"}  # module: package
_early: Forkserver | None = None


def child_environment() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
        # Only the plugins the checker names: a stray installed plugin cannot change the run.
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        "PYTEST_ADDOPTS": "",
        "PYTHONFAULTHANDLER": "1",
        # One BLAS thread: katas already run in parallel, and a matrix product that spreads over
        # threads on a busy machine would make the throughput test's baseline erratic.
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }


class Launcher:
    """Starts kata processes. `execute` runs one order and returns (exit code, whether it ran out of time);
    whatever happens, the process and everything it started are gone when it returns."""

    def execute(self, order: dict, timeout: float) -> tuple[int, bool]:
        raise NotImplementedError

    def close(self) -> None:
        """Stop every kata process still running (after Ctrl-C, say)."""

    def __enter__(self) -> Launcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class Spawner(Launcher):
    """A new Python for each kata: portable, and half a second slower per kata than the fork server."""

    def __init__(self) -> None:
        self.running: set[int] = set()

    def execute(self, order: dict, timeout: float) -> tuple[int, bool]:
        with open(order["log"], "wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "checker.child"], cwd=REPO_ROOT, env=child_environment(),
                stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        self.running.add(process.pid)
        timed_out = False
        try:
            with contextlib.suppress(BrokenPipeError):  # a child that died early is judged by its exit code
                assert process.stdin is not None
                process.stdin.write(json.dumps(order).encode() + b"\n")
                process.stdin.close()
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
        finally:
            _kill_group(process.pid)
            process.wait()
            self.running.discard(process.pid)
        return process.returncode, timed_out

    def close(self) -> None:
        for pid in list(self.running):
            _kill_group(pid)


class Forkserver(Launcher):
    """One process imports NumPy and pytest once and forks a fresh child per kata (checker/child.py)."""

    def __init__(self) -> None:
        self.server = subprocess.Popen(
            [sys.executable, "-m", "checker.child", "--serve"], cwd=REPO_ROOT, env=child_environment(),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        self.answers: dict[int, queue.Queue] = {}
        self.running: set[int] = set()
        self.lock = threading.Lock()
        self.ids = itertools.count()
        threading.Thread(target=self._read_answers, daemon=True).start()

    def _read_answers(self) -> None:
        assert self.server.stdout is not None
        for line in self.server.stdout:
            answer = json.loads(line)
            self.answers[answer["id"]].put(answer)
        for waiting in list(self.answers.values()):  # the server is gone: nobody else will answer
            waiting.put({"returncode": None, "pid": None})

    def execute(self, order: dict, timeout: float) -> tuple[int, bool]:
        job_id, answers = next(self.ids), queue.Queue()
        self.answers[job_id] = answers
        try:
            with self.lock:
                assert self.server.stdin is not None
                self.server.stdin.write(json.dumps({**order, "id": job_id}).encode() + b"\n")
                self.server.stdin.flush()
        except (BrokenPipeError, OSError):
            return Spawner().execute(order, timeout)
        pid = answers.get()["pid"]
        if pid is None:
            return Spawner().execute(order, timeout)
        self.running.add(pid)
        try:
            returncode = answers.get(timeout=timeout)["returncode"]
            timed_out = False
        except queue.Empty:
            _kill_group(pid)
            returncode, timed_out = answers.get()["returncode"], True
        finally:
            _kill_group(pid)  # whatever the kata's code left running
            self.running.discard(pid)
            del self.answers[job_id]
        return (-signal.SIGKILL if returncode is None else returncode), timed_out

    def close(self) -> None:
        for pid in list(self.running):
            _kill_group(pid)
        with contextlib.suppress(OSError):
            assert self.server.stdin is not None
            self.server.stdin.close()
        _kill_group(self.server.pid)
        self.server.wait()


def start_launcher() -> Launcher:
    """The fork server where fork is safe to use after importing NumPy (Linux), else a new Python per kata."""
    global _early
    if _early is not None:  # started by start_early(), and given out once
        server, _early = _early, None
        return server
    return Forkserver() if _forks() else Spawner()


def _kill_group(pid: int) -> None:
    """Stop a kata process and anything the code under test started from it (its own session)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def start_early(argv: list[str]) -> None:
    """Start the fork server now if the command will run katas and this Python can run them; an unused
    server ends with this process (its input closes)."""
    global _early
    command = argv[0] if argv and not argv[0].startswith("-") else "check"
    if command in RUNS_KATAS and _forks() and not missing_runtime():
        _early = Forkserver()


def missing_runtime() -> list[str]:
    """The runtime packages this Python lacks (none: it can run the katas' tests)."""
    return [package for module, package in RUNTIME_MODULES.items() if importlib.util.find_spec(module) is None]


def _forks() -> bool:
    return sys.platform == "linux" and os.environ.get("KATA_SPAWN") != "1"
