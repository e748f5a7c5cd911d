"""Loaded into each kata's pytest process (`-p checker.pytest_plugin`): records what happened.

The record is a JSON-lines file named by KATA_REPORT, appended and flushed event by event, so that the
parent process knows which test was running even if the process dies in the middle of it.
It also guards the judging: if the code under test patches a function the tests rely on (NumPy's,
pytest's, the helpers'), or reads the reference solutions, the test during which that happened fails.
"""

from __future__ import annotations

import builtins
import gc
import json
import math
import os
import sys
import time
from typing import Any

import numpy
import numpy.linalg
import numpy.random
import numpy.testing
import pytest
from _pytest.outcomes import Failed

from checker import expect

OUTPUT_LIMIT = 2000
SOLUTIONS_DIR = str(expect.REPO_ROOT / "solutions") + os.sep
GUARDED_MODULES = [builtins, gc, math, time, numpy, numpy.linalg, numpy.random, numpy.testing, pytest, expect]


class _Recorder:
    def __init__(self, path: str | None):
        self.file = open(path, "a", encoding="utf-8") if path else None  # noqa: SIM115 - kept open
        self.tests: dict[str, dict[str, Any]] = {}
        self.guarded: dict[tuple[int, str], Any] = {}
        self.solution_reads: list[str] = []
        self.timed_out: str | None = None  # the first test that ran out of time

    def write(self, **event: Any) -> None:
        if self.file:
            self.file.write(json.dumps(event) + "\n")
            self.file.flush()

    def snapshot(self, modules: list[Any]) -> None:
        self.modules = modules
        self.guarded = {
            (index, name): value
            for index, module in enumerate(modules)
            for name, value in list(vars(module).items())
            if callable(value)
        }

    def patched(self) -> list[str]:
        """Names the code under test replaced since the snapshot; they are put back."""
        changed = []
        for (index, name), original in self.guarded.items():
            module = self.modules[index]
            if vars(module).get(name) is not original:
                changed.append(f"{module.__name__}.{name}")
                setattr(module, name, original)
        return changed


_recorder = _Recorder(os.environ.get("KATA_REPORT"))


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.path.abspath(os.fsdecode(args[0]))
        if path.startswith(SOLUTIONS_DIR):
            _recorder.solution_reads.append(path)


if os.environ.get("KATA_AGAINST", "learner") != "solutions":
    sys.addaudithook(_audit)


def pytest_collectreport(report: pytest.CollectReport) -> None:
    if report.failed:
        _recorder.write(event="collect_error", message=_truncate(report.longreprtext))


def pytest_collection_finish(session: pytest.Session) -> None:
    test_modules = {item.module for item in session.items if isinstance(item, pytest.Function)}
    _recorder.snapshot(GUARDED_MODULES + sorted(test_modules, key=lambda m: m.__name__))
    _recorder.write(
        event="collected",
        tests=[
            {"id": item.nodeid, "name": item.name, "stretch": item.get_closest_marker("stretch") is not None}
            for item in session.items
        ],
    )


def pytest_runtest_setup(item: pytest.Item) -> None:
    # After one test ran out of time, each further test would likely wait as long: stop them at once.
    if _recorder.timed_out:
        raise Failed(f"not run: `{_recorder.timed_out}` ran out of time before it, so the kata's "
                     f"remaining tests were stopped", pytrace=False)


def pytest_runtest_logstart(nodeid: str) -> None:
    _recorder.tests[nodeid] = {"status": "passed", "message": "", "output": "", "stub": False}
    _recorder.write(event="start", id=nodeid)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    report = yield
    record = _recorder.tests.setdefault(item.nodeid, {"status": "passed", "message": "", "output": "", "stub": False})
    if call.when == "call":
        patched, reads = _recorder.patched(), _recorder.solution_reads
        if patched:
            _force_failure(report, record,
                           f"The code under test replaced {', '.join(patched)}: "
                           f"a kata must not change the libraries its tests use.")
        elif reads:
            _force_failure(report, record,
                           f"The code under test read {os.path.relpath(reads[0], expect.REPO_ROOT)}: "
                           f"the reference solutions are not part of your answer.")
            _recorder.write(event="flag", id=item.nodeid, flag="reads solutions/")
            reads.clear()
    if report.skipped and record["status"] == "passed":
        record["status"] = "skipped"
        record["message"] = _skip_reason(report)
    elif report.failed and record["status"] in ("passed", "skipped"):
        record["status"] = "failed" if call.when == "call" else "error"
        record["message"], record["stub"] = _failure_message(call, report)
        error = call.excinfo.value if call.excinfo else None
        if isinstance(error, Failed) and (error.msg or "").startswith("Timeout (>"):  # pytest-timeout's
            record["status"] = "timeout"
            _recorder.timed_out = item.name
            timeout = item.config.getoption("timeout", None)
            record["message"] = (
                f"`{item.name}` ran longer than {timeout:g} s and was stopped: "
                f"is there a loop that never ends?"
            )
    if call.when == "teardown":  # by now report.sections holds what every phase printed
        output = "".join(
            content if title.startswith("Captured stdout") else f"(stderr) {content}"
            for title, content in report.sections
            if title.startswith(("Captured stdout", "Captured stderr"))
        )
        record["output"] = _truncate(output)
    return report


def pytest_runtest_logfinish(nodeid: str) -> None:
    _recorder.write(event="result", id=nodeid, **_recorder.tests[nodeid])


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _recorder.write(event="finished", exitstatus=int(exitstatus))


def _force_failure(report: pytest.TestReport, record: dict[str, Any], message: str) -> None:
    report.outcome = "failed"
    report.longrepr = message
    record.update(status="failed", message=message)


def _failure_message(call: pytest.CallInfo[None], report: pytest.TestReport) -> tuple[str, bool]:
    error = call.excinfo.value if call.excinfo else None
    if isinstance(error, Failed) and not error.pytrace:
        return error.msg or "", isinstance(error, expect.StillAStub)
    return _truncate(report.longreprtext), False


def _skip_reason(report: pytest.TestReport) -> str:
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    return f"skipped ({reason.removeprefix('Skipped: ')}): a skipped test does not count as passed"


def _truncate(text: str, limit: int = OUTPUT_LIMIT) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n… ({len(text) - limit} more characters not shown)"
