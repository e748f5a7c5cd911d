"""The curriculum: which katas exist, in which order, and where their files are.

Everything about the course comes from katas/katas.toml; nothing else lists katas.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path

from checker import REPO_ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

KATAS_DIR = REPO_ROOT / "katas"
SOLUTIONS_DIR = REPO_ROOT / "solutions"
CURRICULUM_FILE = KATAS_DIR / "katas.toml"
HIDDEN = "hidden"  # katas/NN_name/hidden/: the instructor's tests, graded but left out of a student copy


class CurriculumError(Exception):
    """The repository is not in a state the checker can work with; the message says why."""


@dataclass(frozen=True)
class Kata:
    id: str
    title: str
    points: float
    hints: tuple[str, ...]
    folder: Path
    stretch_points: float = 0.0  # what passing every ★ extra adds, once the kata passes (0: extras never score)

    @property
    def number(self) -> str:
        return self.id.split("_", 1)[0]

    @property
    def test_files(self) -> list[Path]:
        return sorted(self.folder.glob("test_*.py"))

    @property
    def hidden_test_files(self) -> list[Path]:
        return sorted((self.folder / HIDDEN).glob("test_*.py"))

    @property
    def learner_file(self) -> Path:
        return learner_file_in(self.folder)

    @property
    def module_name(self) -> str:
        return self.learner_file.stem

    @property
    def stub_file(self) -> Path:
        """The pristine stub, kept beside the learner's file so that `reset` can restore it."""
        return self.folder / ".stub.py"

    @property
    def solution_file(self) -> Path:
        return SOLUTIONS_DIR / self.id / self.learner_file.name


@dataclass(frozen=True)
class Grading:
    """The [grading] table: which katas an assignment grades, and whether a failing kata earns part of its points."""

    katas: tuple[str, ...]  # kata ids, in course order
    partial: bool = False  # True: points in proportion to the passed core tests; False: all or nothing


@dataclass(frozen=True)
class Curriculum:
    title: str
    test_timeout: float
    kata_timeout: float
    katas: tuple[Kata, ...]
    grading: Grading

    @property
    def graded(self) -> list[Kata]:
        """The katas the assignment grades ([grading] katas; every kata when the table leaves it out)."""
        return [kata for kata in self.katas if kata.id in self.grading.katas]

    def select(self, names: list[str]) -> list[Kata]:
        """The katas named by folder name ("01_perceptron") or number ("01", "1"), in course order."""
        if not names:
            return list(self.katas)
        chosen = {self.find(name).id for name in names}
        return [kata for kata in self.katas if kata.id in chosen]

    def find(self, name: str) -> Kata:
        wanted = name.strip().rstrip("/").removeprefix("katas/")
        for kata in self.katas:
            if wanted in (kata.id, kata.number) or (wanted.isdigit() and int(wanted) == int(kata.number)):
                return kata
        known = ", ".join(kata.id for kata in self.katas)
        raise CurriculumError(f"unknown kata {name!r}; the katas are: {known}")


def learner_file_in(folder: Path) -> Path:
    """The one module in a kata folder that is not a test: the file the learner edits."""
    candidates = [
        path
        for path in sorted(folder.glob("*.py"))
        if not path.name.startswith(("test_", ".")) and path.name != "conftest.py"
    ]
    if len(candidates) != 1:
        found = ", ".join(p.name for p in candidates) or "none"
        raise CurriculumError(
            f"katas/{folder.name}/ must hold exactly one module that is not a test "
            f"(the file you edit); found: {found}"
        )
    return candidates[0]


def load(path: Path = CURRICULUM_FILE) -> Curriculum:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CurriculumError(f"no curriculum file at {path}") from None
    except tomllib.TOMLDecodeError as error:
        raise CurriculumError(f"{_shown(path)} is not valid TOML: {error}") from None

    course = data.get("course", {})
    entries = data.get("kata")
    if not isinstance(entries, list) or not entries:
        raise CurriculumError(f"{_shown(path)} lists no katas: add [[kata]] tables")

    katas, seen = [], set()
    for position, entry in enumerate(entries, start=1):
        where = f"{_shown(path)}, kata #{position}"
        for key, kind in (("id", str), ("title", str), ("points", (int, float)), ("hints", list)):
            if not isinstance(entry.get(key), kind):
                raise CurriculumError(f"{where}: {key!r} is missing or has the wrong type")
        for key in ("points", "stretch_points"):
            value = entry.get(key, 0)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:  # TOML's true is an int
                raise CurriculumError(f"{where}: {key!r} must be a number of at least 0, not {value!r}")
        kata_id = entry["id"]
        if kata_id in seen:
            raise CurriculumError(f"{where}: the id {kata_id!r} is listed twice")
        seen.add(kata_id)
        folder = path.parent / kata_id
        if not folder.is_dir():
            raise CurriculumError(f"{where}: there is no folder katas/{kata_id}/")
        katas.append(
            Kata(
                id=kata_id,
                title=entry["title"],
                points=entry["points"],
                hints=tuple(entry["hints"]),
                folder=folder,
                stretch_points=entry.get("stretch_points", 0),
            )
        )
    curriculum = Curriculum(
        title=course.get("title", "Katas"),
        test_timeout=float(course.get("test_timeout_seconds", 10)),
        kata_timeout=float(course.get("kata_timeout_seconds", 120)),
        katas=tuple(katas),
        grading=Grading(katas=tuple(kata.id for kata in katas)),
    )
    return _with_grading(curriculum, data.get("grading", {}), f"{_shown(path)}, [grading]")


GRADING_KEYS = ("katas", "partial")


def _with_grading(curriculum: Curriculum, table: object, where: str) -> Curriculum:
    """Validate the optional [grading] table; an instructor's typo must stop grading, not change scores."""
    if not isinstance(table, dict):
        raise CurriculumError(f"{where} must be a table")
    unknown = sorted(set(table) - set(GRADING_KEYS))
    if unknown:
        raise CurriculumError(f"{where}: unknown key {unknown[0]!r}; the keys are: {', '.join(GRADING_KEYS)}")
    partial = table.get("partial", False)
    if not isinstance(partial, bool):
        raise CurriculumError(f"{where}: 'partial' must be true or false, not {partial!r}")
    names = table.get("katas", [kata.id for kata in curriculum.katas])
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise CurriculumError(f"{where}: 'katas' must be a list of kata ids or numbers, e.g. [\"01\", \"02\"]")
    if not names:
        raise CurriculumError(f"{where}: 'katas' is empty; leave it out to grade every kata")
    try:
        ids = [curriculum.find(name).id for name in names]
    except CurriculumError as error:
        raise CurriculumError(f"{where}: {error}") from None
    twice = next((name for name, kata_id in zip(names, ids) if ids.count(kata_id) > 1), None)
    if twice is not None:
        raise CurriculumError(f"{where}: the kata {twice!r} is listed twice in 'katas'")
    chosen = tuple(kata.id for kata in curriculum.katas if kata.id in ids)
    return replace(curriculum, grading=Grading(katas=chosen, partial=partial))


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(REPO_ROOT))
    except ValueError:
        return str(path)
