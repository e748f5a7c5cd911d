"""Sessions: `nox -s check` (the default) shows your progress; `nox -s tests` runs the repo's self-tests.

Environments are reused between runs and only reinstalled when the requirements change, so the
second `nox -s check` starts at once.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["check"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
RUNTIME = PYPROJECT["project"]["dependencies"]
GROUPS = PYPROJECT["dependency-groups"]


def install(session: nox.Session, *requirements: str) -> None:
    """Install `requirements` unless this environment already has exactly them (a stamp file says)."""
    stamp = Path(session.virtualenv.location) / ".kata-requirements"
    wanted = "\n".join(sorted(requirements))
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted:
        return
    session.install(*requirements)
    stamp.write_text(wanted, encoding="utf-8")


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


@nox.session
def hint(session: nox.Session) -> None:
    """The next hint for a kata: `nox -s hint -- 03` (add --all for every hint)."""
    install(session, *RUNTIME)
    session.run("python", "-m", "checker", "hint", *session.posargs)


@nox.session
def watch(session: nox.Session) -> None:
    """Re-check a kata each time you save it; moves on to the next when it passes. Ctrl-C stops."""
    install(session, *RUNTIME, *GROUPS["watch"])
    session.run("python", "-m", "checker", "watch", *session.posargs)


@nox.session
def grade(session: nox.Session) -> None:
    """Grade the assignment ([grading] in katas/katas.toml) into results/: Gradescope, JUnit, Markdown, Classroom."""
    install(session, *RUNTIME)
    session.run("python", "-m", "checker", "grade", *session.posargs)


@nox.session
def release(session: nox.Session) -> None:
    """Write the student copy, without solutions or hidden tests: `nox -s release -- OUTDIR`."""
    install(session, *RUNTIME)
    session.run("python", "-m", "checker", "release", *session.posargs)


@nox.session
def show(session: nox.Session) -> None:
    """Draw the network your code builds: `nox -s show -- 06` (add --svg net.svg for a picture file)."""
    install(session, *RUNTIME)
    session.run("python", "-m", "checker", "show", *session.posargs)
