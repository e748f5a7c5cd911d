"""Sessions: `nox -s check` (the default) shows your progress; `nox -s tests` runs the repo's self-tests.

Environments are reused between runs and only reinstalled when the requirements change, so the
second `nox -s check` starts at once. `hint`, `show`, `grade` and `release` use the environment of
`check` rather than each making one of its own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"  # uv where it is installed: faster environments
nox.options.reuse_venv = "yes"
nox.options.sessions = ["check"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
RUNTIME = PYPROJECT["project"]["dependencies"]
GROUPS = PYPROJECT["dependency-groups"]
STAMP = ".kata-requirements"
CHECK_ENV = Path(".nox") / "check"
CHECK_PYTHON = CHECK_ENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def install(session: nox.Session, *requirements: str) -> None:
    """Install `requirements` unless this environment already has exactly them (a stamp file says)."""
    location = Path(session.virtualenv.location)
    if has_exactly(location, requirements):
        return
    session.install(*requirements)
    (location / STAMP).write_text("\n".join(sorted(requirements)), encoding="utf-8")


def has_exactly(location: Path, requirements: tuple[str, ...] | list[str]) -> bool:
    stamp = location / STAMP
    return stamp.is_file() and stamp.read_text(encoding="utf-8") == "\n".join(sorted(requirements))


def in_check_environment(session: nox.Session, *args: str) -> None:
    """`python -m checker ARGS` with the environment of `nox -s check`, made first if it is missing or
    out of date: one environment for the learner's commands instead of one of 100 MB for each."""
    if not (CHECK_PYTHON.is_file() and has_exactly(CHECK_ENV, RUNTIME)):
        session.run(sys.executable, "-m", "nox", "--session", "check", "--install-only", external=True)
    session.run(str(CHECK_PYTHON), "-m", "checker", *args, external=True)


@nox.session
def check(session: nox.Session) -> None:
    """Run the katas' tests on your code and show progress: `nox -s check -- 03` for one kata."""
    install(session, *RUNTIME)
    session.run("python", "-m", "checker", "check", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """The repository's self-tests: solutions pass, stubs fail, the mistake catalog is caught."""
    if not Path("tests").is_dir():  # a student copy (`nox -s release`) leaves the self-tests out: they need solutions/
        session.skip("the self-tests are the instructor's: a student copy checks katas with `nox -s check`")
    install(session, *RUNTIME, *GROUPS["watch"], *GROUPS["classroom-tests"])
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff, at the version pinned in pyproject.toml."""
    install(session, *GROUPS["lint"])
    session.run("ruff", "check", ".", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Time katas 03 and 05 (yours, the reference, a loop) against NumPy's floor: `nox -s bench -- --quick`."""
    install(session, *RUNTIME, *GROUPS["bench"])
    session.run("python", "-m", "checker.bench", *session.posargs)


@nox.session(venv_backend="none")
def hint(session: nox.Session) -> None:
    """The next hint for a kata: `nox -s hint -- 03` (add --all for every hint)."""
    in_check_environment(session, "hint", *session.posargs)


@nox.session
def watch(session: nox.Session) -> None:
    """Re-check a kata each time you save it; moves on to the next when it passes. Ctrl-C stops."""
    install(session, *RUNTIME, *GROUPS["watch"])
    session.run("python", "-m", "checker", "watch", *session.posargs)


@nox.session(venv_backend="none")
def grade(session: nox.Session) -> None:
    """Grade the assignment ([grading] in katas/katas.toml) into results/: Gradescope, JUnit, Markdown, Classroom."""
    in_check_environment(session, "grade", *session.posargs)


@nox.session(venv_backend="none")
def release(session: nox.Session) -> None:
    """Write the student copy, without solutions or hidden tests: `nox -s release -- OUTDIR`."""
    in_check_environment(session, "release", *session.posargs)


@nox.session(venv_backend="none")
def show(session: nox.Session) -> None:
    """Draw the network your code builds: `nox -s show -- 06` (add --svg net.svg for a picture file)."""
    in_check_environment(session, "show", *session.posargs)
