"""The result model: one RunResult holds a KataResult per kata, each holding its TestResults.

Every report (terminal, JSON, and the graders' formats) is made from these and nothing else.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from checker.curriculum import HIDDEN

TEST_STATUSES = ("passed", "failed", "error", "timeout", "skipped")


@dataclass
class TestResult:
    id: str
    status: str
    message: str = ""
    output: str = ""
    stretch: bool = False
    stub: bool = False  # failed only because the function still raises NotImplementedError

    @property
    def name(self) -> str:
        return self.id.rsplit("::", 1)[-1]

    @property
    def hidden(self) -> bool:
        """One of the instructor's hidden tests (katas/NN_name/hidden/): its name and verdict may be shown,
        never its source nor a message that could quote it."""
        return f"/{HIDDEN}/" in self.id.split("::", 1)[0]


@dataclass
class KataResult:
    id: str
    title: str
    status: str
    tests: list[TestResult] = field(default_factory=list)
    message: str = ""  # why the run itself went wrong (crash, timeout, collection error), if it did
    flags: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.status == "passed"

    @property
    def core_tests(self) -> list[TestResult]:
        return [test for test in self.tests if not test.stretch]

    @property
    def stretch_tests(self) -> list[TestResult]:
        return [test for test in self.tests if test.stretch]

    @property
    def not_started(self) -> bool:
        """Every core test failed on a stub: the learner has not written anything yet."""
        core = self.core_tests
        return bool(core) and all(test.stub for test in core)

    @property
    def first_failure(self) -> TestResult | None:
        return next((test for test in self.core_tests if test.status != "passed"), None)

    @property
    def stretch_done(self) -> int:
        """Extras passed, counted once the kata passes: an extra met by a wrong answer is not progress."""
        return sum(test.status == "passed" for test in self.stretch_tests) if self.passed else 0

    @property
    def first_open_stretch(self) -> TestResult | None:
        return next((test for test in self.stretch_tests if test.status != "passed"), None)

    def to_json(self) -> dict:
        data = asdict(self)
        data["not_started"] = self.not_started
        data["stretch"] = {
            "passed": self.stretch_done,
            "total": len(self.stretch_tests),
        }
        return data


@dataclass
class RunResult:
    against: str
    katas: list[KataResult]

    @property
    def passed(self) -> int:
        return sum(kata.passed for kata in self.katas)

    @property
    def all_passed(self) -> bool:
        return self.passed == len(self.katas)

    def to_json(self) -> dict:
        return {
            "against": self.against,
            "katas": [kata.to_json() for kata in self.katas],
            "summary": {"passed": self.passed, "total": len(self.katas)},
        }

    def write_json(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
