"""Watch mode: re-check a kata each time its file is saved, and move on when it passes."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from checker import report, runner
from checker.curriculum import KATAS_DIR, Curriculum, Kata
from checker.launcher import start_launcher
from checker.results import RunResult

CLEAR = "\033[2J\033[H"


def watch(curriculum: Curriculum, katas: list[Kata]) -> None:
    try:
        import watchfiles
    except ImportError:
        from checker.cli import UsageError

        raise UsageError("watch mode needs the watchfiles package: run `nox -s watch`") from None

    logging.getLogger("watchfiles").setLevel(logging.ERROR)  # its own "KeyboardInterrupt caught" line: ours says it
    by_file = {kata.learner_file.resolve(): kata for kata in katas}

    def is_learner_file(change: watchfiles.Change, path: str) -> bool:
        # Only the files learners edit: editor swap files, backups and caches never trigger a run.
        return change != watchfiles.Change.deleted and Path(path).resolve() in by_file

    try:
        run = runner.run(curriculum, katas)
        show(run, curriculum)
        with start_launcher() as launcher:  # kept for the whole session: a save is answered at once
            for changes in watchfiles.watch(KATAS_DIR, watch_filter=is_learner_file, raise_interrupt=False):
                changed = {by_file[Path(path).resolve()].id for _, path in changes}
                before = {kata.id for kata in run.katas if kata.passed}
                for position, kata in enumerate(katas):
                    if kata.id in changed:
                        print(f"\nChecking {kata.id}...", flush=True)
                        run.katas[position] = runner.run_one(curriculum, runner.Job(kata, "learner"), launcher)
                show(run, curriculum, newly_passed=[k for k in run.katas if k.passed and k.id not in before])
    except KeyboardInterrupt:
        pass  # Ctrl-C is how a learner leaves watch mode, even in the middle of a check
    print("\nStopped watching.")


def show(run: RunResult, curriculum: Curriculum, newly_passed: list | None = None) -> None:
    out = sys.stdout
    if out.isatty():
        out.write(CLEAR)
    out.write(report.render(run, curriculum))
    style = report.Style(out)
    for kata in newly_passed or []:
        out.write(style.paint(f"\n{style.symbol('passed')} {kata.id} passes now!", "green") + "\n")
    out.write(style.paint("\nWatching your kata files: save to re-check, Ctrl-C to stop.\n", "dim"))
    out.flush()
