"""Runs each kata's tests in a pytest process of its own and turns what it recorded into results.

A process per kata means that whatever the code under test does (loops forever, exits, crashes,
floods the terminal, patches NumPy) it can only spoil its own kata's result. Katas run in parallel,
one per core. The parent trusts nothing the child did not record: a test with no recorded result
did not pass.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from checker.curriculum import REPO_ROOT, Curriculum, Kata
from checker.launcher import Launcher, start_launcher
from checker.results import TEST_STATUSES, KataResult, RunResult, TestResult

LOG_TAIL = 1500


@dataclass(frozen=True)
class Job:
    kata: Kata
    against: str  # "learner", "solutions", or the path of a file to test in the learner's place


def run(curriculum: Curriculum, katas: list[Kata], against: str = "learner") -> RunResult:
    results = run_jobs(curriculum, [Job(kata, against) for kata in katas])
    return RunResult(against=against, katas=results)


def run_jobs(curriculum: Curriculum, jobs: list[Job], workers: int | None = None) -> list[KataResult]:
    """Run the jobs, as many at a time as there are cores; Ctrl-C stops every kata process."""
    workers = min(workers or os.cpu_count() or 1, len(jobs) or 1)
    # The launcher closes first (killing every kata process) so the pool never waits on a stopped run.
    with ThreadPoolExecutor(max_workers=workers) as pool, start_launcher() as launcher:
        return list(pool.map(lambda job: run_one(curriculum, job, launcher), jobs))


def run_one(curriculum: Curriculum, job: Job, launcher: Launcher) -> KataResult:
    scratch = Path(tempfile.mkdtemp(prefix="kata-"))
    try:
        report, log = scratch / "report.jsonl", scratch / "output.log"
        order = {
            "argv": [
                str(job.kata.folder),
                "-p", "pytest_timeout", "-p", "checker.pytest_plugin", "-p", "no:cacheprovider",
                f"--timeout={curriculum.test_timeout:g}", "-o", "timeout_method=signal",
                "-q", "--no-header", "-o", "console_output_style=classic",
                f"--rootdir={REPO_ROOT}", "-c", str(REPO_ROOT / "pyproject.toml"),
            ],
            "env": {"KATA_AGAINST": job.against, "KATA_REPORT": str(report)},
            "log": str(log),
        }
        returncode, timed_out = launcher.execute(order, curriculum.kata_timeout)
        return interpret(job.kata, _read_events(report), returncode, timed_out, curriculum.kata_timeout, _tail(log))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _read_events(report: Path) -> list[dict]:
    events = []
    try:
        lines = report.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return events
    for line in lines:
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut short by a crash
        if isinstance(event, dict):
            events.append(event)
    return events


def _tail(log: Path) -> str:
    with open(log, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(size - LOG_TAIL, 0))
        return handle.read().decode("utf-8", errors="replace")


def interpret(
    kata: Kata, events: list[dict], returncode: int, timed_out: bool, kata_timeout: float, log_tail: str
) -> KataResult:
    """Turn the child's record into a KataResult. Only a test recorded as passed is passed."""
    collected = next((e["tests"] for e in events if e.get("event") == "collected"), None)
    results = {e["id"]: e for e in events if e.get("event") == "result"}
    started = [e["id"] for e in events if e.get("event") == "start"]
    finished = any(e.get("event") == "finished" for e in events)
    flags = sorted({e["flag"] for e in events if e.get("event") == "flag"})
    collect_errors = [e["message"] for e in events if e.get("event") == "collect_error"]

    result = KataResult(id=kata.id, title=kata.title, status="failed", flags=flags)
    if collected is None or collect_errors:
        result.status = "timeout" if timed_out else "error"
        if collect_errors:
            result.message = collect_errors[0]
        elif timed_out:
            result.message = _ended_early(returncode, timed_out, kata_timeout, log_tail)
        else:
            result.message = f"the tests could not start (exit code {returncode}):\n{log_tail.strip()[-600:]}"
        return result

    interrupted_in = next((test_id for test_id in reversed(started) if test_id not in results), None)
    for test in collected:
        recorded = results.get(test["id"])
        if recorded is not None:
            status = recorded.get("status")
            result.tests.append(TestResult(
                id=test["id"], stretch=test["stretch"],
                status=status if status in TEST_STATUSES else "error",
                message=recorded.get("message", ""), output=recorded.get("output", ""),
                stub=bool(recorded.get("stub")),
            ))
        elif test["id"] == interrupted_in:
            result.tests.append(TestResult(
                id=test["id"], stretch=test["stretch"], status="timeout" if timed_out else "error",
                message=_ended_early(returncode, timed_out, kata_timeout, log_tail),
            ))
        else:
            result.tests.append(TestResult(
                id=test["id"], stretch=test["stretch"], status="error",
                message="not run: the test run ended before this test"
                + (f" (it stopped during {interrupted_in.rsplit('::', 1)[-1]})" if interrupted_in else ""),
            ))

    core = result.core_tests
    clean_exit = finished and returncode in (0, 1) and not timed_out
    if core and clean_exit and all(test.status == "passed" for test in core):
        result.status = "passed"
    elif not clean_exit:
        result.status = "timeout" if timed_out else "error"
        result.message = _ended_early(returncode, timed_out, kata_timeout, log_tail)
        if interrupted_in:
            result.message = f"During {interrupted_in.rsplit('::', 1)[-1]}: {result.message}"
    elif not core:
        result.message = "no tests were found for this kata"
    return result


def _ended_early(returncode: int, timed_out: bool, kata_timeout: float, log_tail: str) -> str:
    if timed_out:
        return (f"the kata's tests were still running after {kata_timeout:g} s and were stopped: "
                f"is there a loop that never ends?")
    if returncode < 0:
        name = signal.Signals(-returncode).name if -returncode in signal.Signals._value2member_map_ else ""
        crash = " (a segmentation fault: memory was accessed that should not be)" if name == "SIGSEGV" else ""
        return f"Python crashed with signal {name or -returncode}{crash} while running the tests."
    if "KeyboardInterrupt" in log_tail:
        return "the tests were interrupted by a KeyboardInterrupt raised while they ran."
    return (f"the test run ended early (exit code {returncode}) before reporting every test: "
            f"does the code call exit(), os._exit() or raise SystemExit?\n{log_tail.strip()[-600:]}")
