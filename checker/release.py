"""`python -m checker release OUTDIR`: the student copy of the course.

It holds what the repository holds (the files git tracks) except what is the instructor's:
solutions/, the instructor's hidden tests (katas/NN_name/hidden/), the self-tests in tests/ (they need the
solutions) and the repository's own CI in .ci/. Each learner file is the pristine stub, the README says
it is a student copy, and MANIFEST.sha256 records every file that decides a grade.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from checker import manifest
from checker.curriculum import HIDDEN, REPO_ROOT, Curriculum

INSTRUCTOR_ONLY = {"solutions", "tests", ".ci"}  # top-level folders a student copy leaves out
IGNORED = manifest.SKIPPED_ANYWHERE | {".katas", "results"}  # when there is no git to ask
INSTRUCTOR_SECTIONS = ("## For instructors",)
STUDENT_NOTE = (
    "> **Student copy.** The reference solutions and your instructor's hidden tests are not included: "
    "`python -m checker compare` says where solutions come from. The test files, the checker and the "
    "configuration are listed in `MANIFEST.sha256`; grading gives a kata 0 points if its tests were changed, "
    "and every kata 0 if the checker or the configuration was.\n"
)


class ReleaseError(Exception):
    """The copy cannot be written; the message says why."""


def source_files(root: Path = REPO_ROOT) -> list[str]:
    """The repository's files: in a git checkout the tracked ones (an instructor's untracked notes stay out),
    else every file outside caches, environments and the learner's own state."""
    if _is_git_checkout(root):
        return [path for path in _git_files(root, "--cached") if (root / path).is_file()]
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if name not in IGNORED]
        here = Path(folder).relative_to(root)
        found += [(here / name).as_posix() for name in files if not name.endswith(".pyc")]
    return sorted(found)


def untracked(root: Path = REPO_ROOT) -> list[str]:
    """Files git does not track and does not ignore: left out of a release, which says so."""
    return _git_files(root, "--others", "--exclude-standard") if _is_git_checkout(root) else []


def _is_git_checkout(root: Path) -> bool:
    return (root / ".git").exists() and shutil.which("git") is not None


def _git_files(root: Path, *options: str) -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z", *options], cwd=root, capture_output=True, check=True)
    return sorted(path for path in listed.stdout.decode().split("\0") if path)


def shipped(path: str) -> bool:
    parts = path.split("/")
    hidden_test = len(parts) > 3 and parts[0] == "katas" and parts[2] == HIDDEN
    return parts[0] not in INSTRUCTOR_ONLY and not hidden_test and path != manifest.MANIFEST


def build(curriculum: Curriculum, destination: Path, root: Path = REPO_ROOT) -> list[str]:
    """Write the student copy into `destination` (new or empty); returns the files written."""
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise ReleaseError(f"{destination} already exists and is not an empty folder: choose a new one")
    if destination.resolve().is_relative_to(root.resolve()):
        raise ReleaseError(f"{destination} is inside the repository: write the student copy outside it")
    written = [path for path in source_files(root) if shipped(path)]
    for path in written:
        (destination / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / path, destination / path)
    for kata in curriculum.katas:  # the learner files start as the stubs, whatever the instructor's copy holds
        shutil.copyfile(kata.stub_file, destination / "katas" / kata.id / kata.learner_file.name)
    readme = destination / "README.md"
    if readme.is_file():
        readme.write_text(student_readme(readme.read_text(encoding="utf-8")), encoding="utf-8")
    manifest.write(destination)
    return [*written, manifest.MANIFEST]


def add_hidden_tests(curriculum: Curriculum, destination: Path) -> None:
    """Copy the instructor's hidden/ folders into a copy made by build(): what grading runs, never students."""
    for kata in curriculum.katas:
        hidden = kata.folder / HIDDEN
        if hidden.is_dir():
            shutil.copytree(hidden, destination / "katas" / kata.id / HIDDEN,
                            ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)


def student_readme(text: str) -> str:
    """The README with a note under its title and without the instructors' sections."""
    for heading in INSTRUCTOR_SECTIONS:
        text = re.sub(rf"(?ms)^{re.escape(heading)}\b.*?(?=^## |\Z)", "", text)
    title, _, rest = text.partition("\n")
    return f"{title}\n\n{STUDENT_NOTE}{rest}".rstrip() + "\n"
