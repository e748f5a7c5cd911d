"""Whatever a learner file does, the checker finishes, reports every kata, and passes nothing that did not pass.

Each file in tests/hostile/ is dropped in as the learner file of the first kata while every other kata holds
its reference answer. Its header says what the learner must see:
    # expect-status: the kata's status (failed, error or timeout)
    # expect: text in the kata's message or its first failing test's message
    # expect-output: text in the output shown under that test
"""

import hashlib
import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import KATAS, copy_repo, run_checker

HOSTILE_DIR = Path(__file__).parent / "hostile"
CASES = sorted(HOSTILE_DIR.glob("*.py"))
TEST_TIMEOUT, KATA_TIMEOUT = 2, 30
WALL_LIMIT = KATA_TIMEOUT + 60  # seconds a whole check may take, on a busy machine


def header(path: Path, key: str) -> list[str]:
    prefix = f"# {key}:"
    return [line[len(prefix):].strip() for line in path.read_text().splitlines() if line.startswith(prefix)]


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def run_case(case: Path, root: Path) -> dict:
    repo = copy_repo(root / case.stem, learner="solutions")
    victim = KATAS[0]
    (repo / "katas" / victim.id / victim.learner_file.name).write_bytes(case.read_bytes())
    course = repo / "katas" / "katas.toml"
    text = course.read_text()
    text = text.replace("test_timeout_seconds = 10", f"test_timeout_seconds = {TEST_TIMEOUT}")
    text = text.replace("kata_timeout_seconds = 120", f"kata_timeout_seconds = {KATA_TIMEOUT}")
    course.write_text(text)
    before = tree_digest(repo / "katas")
    start = time.perf_counter()
    done = run_checker(repo, "check", "--json", "out.json", env={"NO_COLOR": "1"}, timeout=WALL_LIMIT)
    return {
        "seconds": time.perf_counter() - start,
        "returncode": done.returncode,
        "stdout": done.stdout + done.stderr,
        "json": json.loads((repo / "out.json").read_text()) if (repo / "out.json").is_file() else None,
        "unchanged": tree_digest(repo / "katas") == before,
    }


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    with ThreadPoolExecutor(max_workers=3) as pool:
        return dict(zip(CASES, pool.map(lambda case: run_case(case, root), CASES)))


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.stem)
def test_hostile_learner_file_fails_only_its_own_kata(case, outcomes):
    outcome = outcomes[case]
    assert outcome["seconds"] < WALL_LIMIT
    assert outcome["returncode"] == 1, outcome["stdout"]
    assert outcome["json"] is not None, outcome["stdout"]
    victim, *others = outcome["json"]["katas"]
    assert victim["status"] != "passed"
    assert victim["status"] in header(case, "expect-status"), victim
    first = next((test for test in victim["tests"] if test["status"] != "passed"), {})
    shown = victim["message"] + "\n" + first.get("message", "")
    for text in header(case, "expect"):
        assert text in shown, f"{text!r} not in:\n{shown}"
    for text in header(case, "expect-output"):
        assert text in first.get("output", ""), first.get("output", "")[-500:]
    assert len(first.get("output", "")) < 10_000
    assert [kata["status"] for kata in others] == ["passed"] * len(others), others
    assert outcome["json"]["summary"]["passed"] == len(others)
    assert outcome["unchanged"], "the check changed files under katas/"
