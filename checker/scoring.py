"""Points: what a run is worth under the curriculum's [grading] rules. Every grade format is written from a Grade.

The rules, in one place:
  - a kata scores its points only when it passes (every core test, hidden tests included, passed);
    with `partial = true` in [grading], a kata that does not pass scores points * passed / total core tests;
  - extras (★ stretch tests) score only where the kata sets `stretch_points`, and only once the kata passes:
    all of them when every extra passes (with `partial = true`, in proportion to the passed extras);
  - a kata with a flag scores 0: the code under test read solutions/, or a protected file of the kata
    (its tests, a conftest) was modified; a modified checker or configuration file scores every kata 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.curriculum import Curriculum
from checker.results import KataResult, RunResult, TestResult

TAMPERED = "protected files modified"


@dataclass
class KataGrade:
    result: KataResult
    number: str
    points: float  # the most the kata can score
    score: float
    modified: list[str] = field(default_factory=list)  # the protected files whose change zeroed the kata
    extra_points: float = 0.0  # the most the ★ extras can add (the kata's stretch_points)
    extra_score: float = 0.0

    @property
    def flags(self) -> list[str]:
        return sorted({*self.result.flags, *([TAMPERED] if self.modified else [])})

    @property
    def full_marks(self) -> bool:
        return self.score == self.points

    @property
    def core(self) -> list[TestResult]:
        return self.result.core_tests

    @property
    def core_passed(self) -> int:
        return sum(test.status == "passed" for test in self.core)

    @property
    def extras_passed(self) -> int:
        return sum(test.status == "passed" for test in self.result.stretch_tests)

    @property
    def extras_full_marks(self) -> bool:
        return self.extra_score == self.extra_points


@dataclass
class Grade:
    title: str
    partial: bool
    katas: list[KataGrade]
    modified: dict[str, str]  # every protected file that differs: path -> "modified" | "missing" | "added"
    seconds: float = 0.0

    @property
    def score(self) -> float:
        return round(sum(kata.score + kata.extra_score for kata in self.katas), 2)

    @property
    def max_score(self) -> float:
        return round(sum(kata.points + kata.extra_points for kata in self.katas), 2)

    @property
    def extra_points(self) -> float:
        return sum(kata.extra_points for kata in self.katas)

    @property
    def flags(self) -> list[str]:
        return sorted({flag for kata in self.katas for flag in kata.flags} | ({TAMPERED} if self.modified else set()))

    @property
    def full_marks(self) -> bool:
        # A changed file zeroes the katas it concerns (all of them for the checker): another kata's test does
        # not cost this one, so that `grade 01` in the Classroom workflow agrees with `grade`.
        return all(kata.full_marks for kata in self.katas)

    @property
    def extras_full_marks(self) -> bool:
        return all(kata.extras_full_marks for kata in self.katas)


def concerns(path: str) -> str:
    """Whose verdict a changed protected file can change: the kata whose folder holds it (pytest loads a kata's
    tests and conftest files from its own folder down), or "*" for every kata: the checker, the configuration,
    a top-level module, katas/conftest.py."""
    parts = path.split("/")
    return parts[1] if parts[0] == "katas" and len(parts) > 2 else "*"


def grade(curriculum: Curriculum, run: RunResult, modified: dict[str, str], seconds: float = 0.0) -> Grade:
    everything = [path for path in modified if concerns(path) == "*"]
    katas = []
    for result in run.katas:
        kata = curriculum.find(result.id)
        own = [path for path in modified if concerns(path) == kata.id]
        graded = KataGrade(result=result, number=kata.number, points=kata.points, score=0.0,
                           modified=own + everything, extra_points=kata.stretch_points)
        graded.score = _score(graded, curriculum.grading.partial)
        graded.extra_score = _extra_score(graded, curriculum.grading.partial)
        katas.append(graded)
    return Grade(title=curriculum.title, partial=curriculum.grading.partial, katas=katas,
                 modified=modified, seconds=seconds)


def _score(kata: KataGrade, partial: bool) -> float:
    if kata.flags:
        return 0.0
    if kata.result.passed:
        return float(kata.points)
    if partial and kata.core:
        return round(kata.points * kata.core_passed / len(kata.core), 2)
    return 0.0


def _extra_score(kata: KataGrade, partial: bool) -> float:
    extras = kata.result.stretch_tests
    if kata.flags or not kata.result.passed or not extras:
        return 0.0
    if kata.extras_passed == len(extras):
        return float(kata.extra_points)
    return round(kata.extra_points * kata.extras_passed / len(extras), 2) if partial else 0.0
