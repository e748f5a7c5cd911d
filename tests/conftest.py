"""Shared helpers for the self-tests. Everything here is generic over katas/katas.toml."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker import curriculum, runner
from checker.results import KataResult

REPO_ROOT = curriculum.REPO_ROOT
COURSE = curriculum.load()
KATAS = list(COURSE.katas)
MUTANTS_DIR = Path(__file__).parent / "mutants"


def kata_ids(kata: curriculum.Kata) -> str:
    return kata.id


def mutants(kata: curriculum.Kata, kind: str) -> list[Path]:
    """tests/mutants/<kata>/<kind>_*.py: `wrong` answers must fail the kata, `correct` ones pass it."""
    return sorted((MUTANTS_DIR / kata.id).glob(f"{kind}_*.py"))


def all_mutants(kind: str) -> list:
    return [pytest.param(kata, path, id=f"{kata.id}/{path.stem}") for kata in KATAS for path in mutants(kata, kind)]


@pytest.fixture(scope="session")
def verdicts() -> dict[tuple[str, str], KataResult]:
    """Every kata run against its reference, its pristine stub and each catalog file, in one batch.

    Keyed by (kata id, "solutions" | "stub" | mutant file name).
    """
    jobs, keys = [], []
    for kata in KATAS:
        for key, against in [("solutions", "solutions"), ("stub", str(kata.stub_file))] + [
            (path.name, str(path)) for path in mutants(kata, "wrong") + mutants(kata, "correct")
        ]:
            jobs.append(runner.Job(kata, against))
            keys.append((kata.id, key))
    return dict(zip(keys, runner.run_jobs(COURSE, jobs)))


def copy_repo(destination: Path, learner: str = "stub") -> Path:
    """A copy of the repository whose learner files are the pristine stubs or the reference solutions."""
    for name in ("checker", "katas", "solutions"):
        shutil.copytree(REPO_ROOT / name, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO_ROOT / "pyproject.toml", destination)
    for kata in KATAS:
        source = kata.stub_file if learner == "stub" else kata.solution_file
        shutil.copy(source, destination / "katas" / kata.id / kata.learner_file.name)
    return destination


@pytest.fixture(scope="module")
def stub_repo(tmp_path_factory) -> Path:
    """A copy of the repository whose learner files are the pristine stubs."""
    return copy_repo(tmp_path_factory.mktemp("stubs"), learner="stub")


@pytest.fixture(scope="module")
def solved_repo(tmp_path_factory) -> Path:
    """A copy of the repository whose learner files are the reference solutions."""
    return copy_repo(tmp_path_factory.mktemp("solved"), learner="solutions")


def run_checker(repo: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 300):
    """`python -m checker ARGS` in `repo`, as a learner would run it."""
    environment = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "FORCE_COLOR")}
    environment.pop("PYTHONPATH", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "checker", *args], cwd=repo, env=environment,
        capture_output=True, text=True, timeout=timeout,
    )


def copy_course(destination: Path, learner: str = "stub") -> Path:
    """copy_repo plus what an instructor's fork also holds: README, noxfile, .gitignore, the workflows."""
    copy_repo(destination, learner)
    for name in ("README.md", "noxfile.py", ".gitignore"):
        shutil.copy(REPO_ROOT / name, destination / name)
    shutil.copytree(REPO_ROOT / ".github", destination / ".github")
    return destination


def set_grading(repo: Path, katas: list[str] | None = None, partial: bool = False,
                test_timeout: float | None = None, kata_timeout: float | None = None,
                stretch_points: dict[str, float] | None = None) -> None:
    """Replace the [grading] table of the copy's katas/katas.toml (and optionally its time limits, and the
    stretch_points of katas, by id)."""
    toml = repo / "katas" / "katas.toml"
    text = re.sub(r"(?ms)^\[grading\]\n.*?(?=^\[|\Z)", "", toml.read_text(encoding="utf-8"))
    for kata_id, extra in (stretch_points or {}).items():
        entry = rf'(?m)^(id = "{kata_id}"\n(?:.*\n)*?points = \S+\n)'
        text = re.sub(entry, rf"\g<1>stretch_points = {extra:g}\n", text, count=1)
    if test_timeout is not None:
        text = re.sub(r"(?m)^test_timeout_seconds = \S+", f"test_timeout_seconds = {test_timeout:g}", text)
    if kata_timeout is not None:
        text = re.sub(r"(?m)^kata_timeout_seconds = \S+", f"kata_timeout_seconds = {kata_timeout:g}", text)
    chosen = "" if katas is None else "katas = [" + ", ".join(f'"{kata}"' for kata in katas) + "]\n"
    text += f"\n[grading]\n{chosen}partial = {str(partial).lower()}\n"
    toml.write_text(text, encoding="utf-8")
