"""`python -m checker grade-many DIR`: grade every submission folder under DIR (cloned student repositories).

Each submission is graded from pristine files, as nbgrader does: only its learner files (katas/NN_name/<module>.py)
are copied into a fresh copy of this repository's student release plus the hidden tests, and
`python -m checker grade` runs there, in a process of its own with a wall-clock limit. The submission's own
protected files are compared with the instructor's; a changed one counts as in `grade` (a kata's tests zero
that kata, the checker or configuration zero every kata), though what runs is always the instructor's.
Submissions are graded N at a time; one that breaks or hangs gets a row saying why, and the batch goes on.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from checker import manifest, release
from checker.curriculum import Curriculum
from checker.scoring import TAMPERED

LOG_TAIL = 400
GRACE = 10  # seconds a grade that ran out of time gets to stop its kata processes


@dataclass
class Outcome:
    name: str
    scores: dict[str, float] = field(default_factory=dict)  # kata id -> points earned
    total: float = 0.0
    max_score: float = 0.0
    flags: list[str] = field(default_factory=list)
    modified: dict[str, str] = field(default_factory=dict)
    note: str = ""  # why the submission could not be graded, if it could not
    seconds: float = 0.0


def default_timeout(curriculum: Curriculum) -> float:
    """Each submission grades its katas one after the other: each may take the kata limit, plus start-up."""
    return curriculum.kata_timeout * len(curriculum.graded) + 60


def grade_many(curriculum: Curriculum, submissions: Path, out: Path, workers: int, timeout: float) -> list[Outcome]:
    folders = sorted(path for path in submissions.iterdir() if path.is_dir() and not path.name.startswith("."))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="grade-many-") as scratch:
        template = Path(scratch) / "template"
        expected = build_template(curriculum, template)

        running: set[subprocess.Popen] = set()  # the grades under way, so that Ctrl-C can stop them

        def one(numbered: tuple[int, Path]) -> Outcome:
            index, folder = numbered
            work = Path(scratch) / str(index)
            return grade_one(curriculum, folder, template, expected, work, out, timeout, running)

        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            try:
                outcomes = list(pool.map(one, enumerate(folders)))
            except KeyboardInterrupt:  # each grade runs in its own session: the terminal's Ctrl-C never reached it
                pool.shutdown(wait=False, cancel_futures=True)
                for process in list(running):
                    _signal_group(process.pid, signal.SIGINT)
                raise
    write_gradebook(curriculum, outcomes, out / "gradebook.csv")
    return outcomes


def build_template(curriculum: Curriculum, template: Path) -> dict[str, str]:
    """What each submission is graded in: exactly what students were given, then the hidden tests, which the
    manifest must not list. Returns the manifest: the students' protected files, {path: sha256}."""
    release.build(curriculum, template)
    expected = manifest.read(template / manifest.MANIFEST)
    (template / manifest.MANIFEST).unlink()
    release.add_hidden_tests(curriculum, template)
    return expected


def grade_one(curriculum: Curriculum, submission: Path, template: Path, expected: dict[str, str] | None,
              work: Path, out: Path, timeout: float, running: set[subprocess.Popen]) -> Outcome:
    """Grade `submission`'s learner files in `work`, a fresh copy of `template`; its protected files are
    compared with `expected` (None: the submission holds learner files only, nothing to compare)."""
    start = time.perf_counter()
    outcome = Outcome(name=submission.name,
                      max_score=sum(kata.points + kata.stretch_points for kata in curriculum.graded))
    try:
        shutil.copytree(template, work)
        for kata in curriculum.katas:
            learner = submission / "katas" / kata.id / kata.learner_file.name
            if learner.is_file() and not learner.is_symlink():  # a link could pull in any file of this machine
                shutil.copyfile(learner, work / "katas" / kata.id / kata.learner_file.name)
        outcome.modified = manifest.changed(expected, submission) if expected is not None else {}
        report = out / submission.name
        shutil.rmtree(report, ignore_errors=True)
        command = [sys.executable, "-m", "checker", "grade", "--out", str(report.resolve()), "--workers", "1",
                   *(f"--modified={path}={how}" for path, how in outcome.modified.items())]
        returncode, log = _run(command, work, timeout, running)
        _read_report(outcome, report / "results.json", returncode, log, timeout)
    except OSError as error:  # an unreadable submission, a full disk: this row says so, the batch goes on
        outcome.note = f"could not be graded: {error}"
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if outcome.note:
        outcome.flags = sorted({*outcome.flags, "not graded"})
    outcome.seconds = time.perf_counter() - start
    return outcome


def _run(command: list[str], cwd: Path, timeout: float, running: set[subprocess.Popen]) -> tuple[int | None, str]:
    """Run `command` in its own session; None as the exit code means it was stopped at `timeout`."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "GITHUB_STEP_SUMMARY")}  # the copy's own checker; no CI page per run
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        running.add(process)
        try:
            returncode: int | None = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            returncode = None
            _stop(process)
        finally:
            _signal_group(process.pid, signal.SIGKILL)  # whatever is left in its group goes too
            process.wait()
            running.discard(process)
        log.seek(0)
        return returncode, log.read().decode("utf-8", errors="replace")[-LOG_TAIL:]


def _stop(process: subprocess.Popen) -> None:
    """Stop a grade that ran out of time and every process under it. Its kata processes run in sessions of
    their own, out of reach of its group: Ctrl-C first lets its runner stop them; whatever is still running
    after GRACE seconds is killed, found by walking the process tree down from it."""
    _signal_group(process.pid, signal.SIGINT)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=GRACE)
    if process.poll() is None:
        for pid in _descendants(process.pid):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)


def _signal_group(pid: int, number: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, number)


def _descendants(root: int) -> list[int]:
    """Every process under `root`, whatever its session (from `ps`, on Linux and macOS alike)."""
    try:
        table = subprocess.run(["ps", "-A", "-o", "pid=,ppid="], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    children: dict[int, list[int]] = {}
    for line in table.splitlines():
        pid, ppid = (int(value) for value in line.split())
        children.setdefault(ppid, []).append(pid)
    found, waiting = [], [root]
    while waiting:
        for child in children.get(waiting.pop(), []):
            found.append(child)
            waiting.append(child)
    return found


def _read_report(outcome: Outcome, results: Path, returncode: int | None, log: str, timeout: float) -> None:
    if returncode is None:
        outcome.note = f"grading was stopped after {timeout:g} s"
        return
    try:
        data = json.loads(results.read_text(encoding="utf-8"))
        outcome.scores = {_column(test["extra_data"]["kata"], test["extra_data"].get("extras", False)):
                          float(test["score"]) for test in data["tests"]}
        outcome.total = float(data["score"])
        outcome.flags = list(data["extra_data"]["flags"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        outcome.note = f"grading failed (exit code {returncode}, {type(error).__name__}): {log.strip()}"
    if outcome.modified and TAMPERED not in outcome.flags:
        outcome.flags.append(TAMPERED)


def write_gradebook(curriculum: Curriculum, outcomes: list[Outcome], path: Path) -> None:
    """One row per submission: its points per graded kata (and its extras, where they score), the total, the
    flags, and why a row is empty."""
    katas = [column for kata in curriculum.graded
             for column in (kata.id, *([_column(kata.id, True)] if kata.stretch_points else []))]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["submission", *katas, "total", "max_score", "flags", "modified", "note", "seconds"])
        for outcome in outcomes:
            writer.writerow([
                outcome.name, *(f"{outcome.scores.get(kata, 0.0):g}" for kata in katas), f"{outcome.total:g}",
                f"{outcome.max_score:g}", "; ".join(outcome.flags), _modified_cell(outcome), outcome.note,
                f"{outcome.seconds:.1f}",
            ])


def _column(kata_id: str, extras: bool) -> str:
    return f"{kata_id} ★" if extras else kata_id


def _modified_cell(outcome: Outcome, shown: int = 5) -> str:
    """The changed protected files; past a few (an empty or unrelated folder), a count and where the list is."""
    listed = [f"{path} ({how})" for path, how in outcome.modified.items()]
    if len(listed) <= shown:
        return "; ".join(listed)
    return f"{len(listed)} files, e.g. {'; '.join(listed[:2])}; all in {outcome.name}/summary.md"
