"""MANIFEST.sha256: the SHA-256 of every file that decides a grade, so that grading can tell which were changed.

A student copy ships the manifest (`python -m checker release`); `grade` compares the copy with it, and
`grade-many` compares each submission with the instructor's own files. The lines are those of `sha256sum`,
so `sha256sum -c MANIFEST.sha256` checks a copy too.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

MANIFEST = "MANIFEST.sha256"
CONFIG_FILES = ("katas/katas.toml", "pyproject.toml")
# Never part of a grade: caches, environments, the learner's backups, the instructor-only folders.
SKIPPED_ANYWHERE = {".git", "__pycache__", ".nox", ".venv", ".pytest_cache", ".ruff_cache"}
SKIPPED_AT_TOP = {".katas", "results", "tests", "solutions", ".ci"}


def is_protected(path: str) -> bool:
    """Whether `path` (relative, with /) can change a grade: the configuration and workflows, every Python file
    outside katas/ (the checker, noxfile.py, or a numpy.py that would shadow NumPy: the repository is on the
    tests' import path), and the test and conftest files inside it (pytest loads them all, hidden/ included)."""
    parts = path.split("/")
    name = parts[-1]
    if path in CONFIG_FILES or parts[:2] == [".github", "workflows"]:
        return True
    if parts[0] != "katas":
        return name.endswith(".py")
    return name == "conftest.py" or (name.startswith("test_") and name.endswith(".py"))


def protected_files(root: Path) -> list[str]:
    found = []
    for folder, subfolders, files in os.walk(root):
        here = Path(folder).relative_to(root)
        subfolders[:] = sorted(
            name for name in subfolders
            if name not in SKIPPED_ANYWHERE and not (here == Path(".") and name in SKIPPED_AT_TOP)
        )
        found += [path for name in files if is_protected(path := (here / name).as_posix())]
    return sorted(found)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def digest(root: Path) -> dict[str, str]:
    """Every protected file under `root` with its SHA-256."""
    return {path: sha256(root / path) for path in protected_files(root)}


def write(root: Path) -> Path:
    target = root / MANIFEST
    target.write_text(text(digest(root)), encoding="utf-8")
    return target


def text(digests: dict[str, str]) -> str:
    """The manifest's lines, `<sha256>  <path>`, as `sha256sum -c` reads them."""
    return "".join(f"{hexdigest}  {path}\n" for path, hexdigest in digests.items())


def read(path: Path) -> dict[str, str]:
    """The manifest at `path` as {file: sha256}; a line that is not `<64 hex>  <path>` counts as no entry."""
    expected = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        hexdigest, _, name = line.partition("  ")
        if len(hexdigest) == 64 and name:
            expected[name.removeprefix("*")] = hexdigest.lower()
    return expected


def changed(expected: dict[str, str], root: Path) -> dict[str, str]:
    """Protected files under `root` that differ from `expected`: {path: "modified" | "missing" | "added"}.

    "added" catches a file pytest or Python would load that the manifest does not know, such as a new
    conftest.py: changing a test is not the only way to change a verdict.
    """
    differences = {}
    for path, hexdigest in expected.items():
        file = root / path
        if not file.is_file():
            differences[path] = "missing"
        elif sha256(file) != hexdigest:
            differences[path] = "modified"
    for path in protected_files(root):
        if path not in expected:
            differences[path] = "added"
    return dict(sorted(differences.items()))
