"""`grade-many`: a batch of student repositories (correct, partly correct, wrong, hostile, tampered, empty)
graded into the expected gradebook, in parallel; a hanging submission is stopped and reported, the batch
goes on. Two katas (the course's first two) and short time limits keep it quick."""

import csv
import shutil
from pathlib import Path

import pytest
from conftest import KATAS, copy_course, mutants, run_checker, set_grading

A, B = KATAS[0], KATAS[1]
HOSTILE = sorted((Path(__file__).parent / "hostile").glob("*.py"))  # each written for the first kata
TAMPERED = "protected files modified"


def learner(repo: Path, kata) -> Path:
    return repo / "katas" / kata.id / kata.learner_file.name


def gradebook(out: Path) -> dict[str, dict]:
    with open(out / "gradebook.csv", newline="") as handle:
        return {row["submission"]: row for row in csv.DictReader(handle)}


def submission(release: Path, folder: Path, a: Path | None, b: Path | None) -> Path:
    """A student's repository: the release, with `a` and `b` (files) as the two katas' answers."""
    shutil.copytree(release, folder)
    for kata, answer in ((A, a), (B, b)):
        if answer is not None:
            learner(folder, kata).write_bytes(answer.read_bytes())
    return folder


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch")
    repo = copy_course(root / "course")
    set_grading(repo, [A.number, B.number], test_timeout=2, kata_timeout=10)
    run_checker(repo, "classroom-workflow", "--write")  # the students' copy holds this course's workflow
    assert run_checker(repo, "release", str(root / "release")).returncode == 0
    return root, repo, root / "release"


@pytest.fixture(scope="module")
def batch(course):
    """34 submissions and what each must score: {name: (points for A, points for B, a flag it must carry)}."""
    root, repo, release = course
    folder, expected = root / "submissions", {}
    solved_a, solved_b = A.solution_file, B.solution_file
    for i in range(3):
        submission(release, folder / f"correct-{i}", solved_a, solved_b)
        expected[f"correct-{i}"] = (A.points, B.points, "")
        submission(release, folder / f"partly-{i}", solved_a, None)
        expected[f"partly-{i}"] = (A.points, 0, "")
    for wrong in mutants(A, "wrong")[:5]:
        submission(release, folder / f"wrong-{wrong.stem}", wrong, solved_b)
        expected[f"wrong-{wrong.stem}"] = (0, B.points, "")
    for hostile in HOSTILE:
        submission(release, folder / f"hostile-{hostile.stem}", hostile, solved_b)
        expected[f"hostile-{hostile.stem}"] = (0, B.points, "reads solutions/" if "solutions" in hostile.stem else "")
    edited_test = submission(release, folder / "tampered-test", solved_a, None)
    with open(edited_test / "katas" / B.id / B.test_files[0].name, "w") as test_file:
        test_file.write("def test_nothing():\n    pass\n")  # a kata test that passes the stub
    expected["tampered-test"] = (A.points, 0, TAMPERED)
    conftest = submission(release, folder / "tampered-conftest", solved_a, solved_b)
    (conftest / "katas" / A.id / "conftest.py").write_text("")
    expected["tampered-conftest"] = (0, B.points, TAMPERED)
    checker = submission(release, folder / "tampered-checker", solved_a, solved_b)
    with open(checker / "checker" / "scoring.py", "a") as checker_file:
        checker_file.write("\n# every kata is worth double now\n")
    expected["tampered-checker"] = (0, 0, TAMPERED)
    (folder / "empty").mkdir()
    expected["empty"] = (0, 0, TAMPERED)  # every protected file is missing
    done = run_checker(repo, "grade-many", str(folder), "--out", str(root / "graded"), timeout=600)
    return done, expected, gradebook(root / "graded"), root / "graded"


def test_a_batch_of_submissions_is_graded_into_the_expected_gradebook(batch):
    done, expected, rows, _ = batch
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(expected) >= 30 and set(rows) == set(expected)
    for name, (a, b, flag) in expected.items():
        row = rows[name]
        got = (float(row[A.id]), float(row[B.id]), float(row["total"]))
        assert got == (a, b, a + b), f"{name}: {row}"
        assert float(row["max_score"]) == A.points + B.points
        assert flag in row["flags"], f"{name}: {row}"
        if flag != TAMPERED:
            assert TAMPERED not in row["flags"], f"{name}: {row}"
        assert not row["note"], f"{name}: {row}"


def test_each_submission_gets_its_own_reports(batch):
    _, expected, rows, graded = batch
    for name in expected:
        reports = {path.name for path in (graded / name).iterdir()}
        assert {"results.json", "junit.xml", "summary.md", "classroom.json"} <= reports
    assert "tests/" not in rows["tampered-test"]["modified"]
    assert f"katas/{B.id}/{B.test_files[0].name} (modified)" in rows["tampered-test"]["modified"]
    assert "checker/scoring.py (modified)" in rows["tampered-checker"]["modified"]


def test_a_hanging_submission_is_stopped_and_the_batch_goes_on(course):
    root, repo, release = course
    folder = root / "hanging"
    submission(release, folder / "hangs", Path(__file__).parent / "hostile" / "swallows_timeout.py", B.solution_file)
    submission(release, folder / "fine", A.solution_file, B.solution_file)
    done = run_checker(repo, "grade-many", str(folder), "--out", str(root / "hanging-graded"), "--timeout", "6")
    assert done.returncode == 0, done.stdout + done.stderr
    rows = gradebook(root / "hanging-graded")
    assert "stopped after 6 s" in rows["hangs"]["note"] and float(rows["hangs"]["total"]) == 0
    assert float(rows["fine"]["total"]) == A.points + B.points and not rows["fine"]["note"]
