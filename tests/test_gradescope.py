"""`gradescope`: the autograder zip holds the student copy with the hidden tests, and its run_autograder grades
a repository or loose kata files into results.json as grade-many would, tampering included. Generic."""

import json
import subprocess
import sys
import zipfile

import pytest
from conftest import KATAS, copy_course, run_checker, set_grading

A, B = KATAS[0], KATAS[1]
HIDDEN = 'def test_hidden_one_more_check():\n    assert True\n'


@pytest.fixture(scope="module")
def autograder(tmp_path_factory):
    """The zip of a two-kata course with a hidden test, unpacked where Gradescope puts it."""
    root = tmp_path_factory.mktemp("gradescope")
    course = copy_course(root / "course")
    set_grading(course, [A.number, B.number])
    (course / "katas" / A.id / "hidden").mkdir()
    (course / "katas" / A.id / "hidden" / f"test_{A.module_name}_hidden.py").write_text(HIDDEN)
    done = run_checker(course, "gradescope", str(root / "autograder.zip"))
    assert done.returncode == 0, done.stdout + done.stderr
    with zipfile.ZipFile(root / "autograder.zip") as archive:
        archive.extractall(root / "autograder" / "source")
        names = archive.namelist()
    return root / "autograder", names


def grade(autograder, make_submission) -> dict:
    """What Gradescope does for one submission: a fresh submission/ folder, then run_autograder."""
    autograder = autograder[0]
    submission = autograder / "submission"
    subprocess.run(["rm", "-rf", str(submission), str(autograder / "results")], check=True)
    submission.mkdir()
    make_submission(submission)
    env = {"AUTOGRADER_ROOT": str(autograder), "AUTOGRADER_PYTHON": sys.executable, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(["bash", str(autograder / "source" / "run_autograder")], env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads((autograder / "results" / "results.json").read_text())


def scores(results: dict) -> dict[str, float]:
    return {test["extra_data"]["kata"]: test["score"] for test in results["tests"]}


def test_the_zip_holds_the_student_copy_and_the_hidden_tests_never_the_solutions(autograder):
    root, names = autograder
    assert {"setup.sh", "run_autograder", "requirements.txt", "MANIFEST.sha256"} <= set(names)
    assert f"template/katas/{A.id}/hidden/test_{A.module_name}_hidden.py" in names
    assert not any(name.startswith(("template/solutions/", "template/tests/")) for name in names)
    assert "hidden/" not in (root / "source" / "MANIFEST.sha256").read_text()
    learner = (root / "source" / "template" / "katas" / A.id / A.learner_file.name).read_bytes()
    assert learner == A.stub_file.read_bytes()
    assert subprocess.run(["bash", "-n", str(root / "source" / "setup.sh")]).returncode == 0


def test_a_repository_is_graded_and_a_changed_test_costs_its_kata(autograder):
    template = autograder[0] / "source" / "template"

    def repository(submission):
        subprocess.run(["cp", "-r", f"{template}/.", str(submission)], check=True)  # the student copy:
        subprocess.run(["rm", "-r", str(submission / "katas" / A.id / "hidden")], check=True)  # no hidden tests
        for kata in (A, B):
            (submission / "katas" / kata.id / kata.learner_file.name).write_bytes(kata.solution_file.read_bytes())
        with open(submission / "katas" / B.id / B.test_files[0].name, "a") as test_file:
            test_file.write("\n# nothing to see here\n")

    results = grade(autograder, repository)
    assert scores(results) == {A.id: A.points, B.id: 0}
    assert "protected files modified" in results["extra_data"]["flags"]
    assert results["score"] == A.points


def test_kata_files_uploaded_one_by_one_are_found_by_name(autograder):
    def loose_files(submission):
        for kata in (A, B):
            (submission / kata.learner_file.name).write_bytes(kata.solution_file.read_bytes())

    results = grade(autograder, loose_files)
    assert scores(results) == {A.id: A.points, B.id: B.points} and not results["extra_data"]["flags"]


def test_an_empty_submission_scores_0_without_a_crash(autograder):
    results = grade(autograder, lambda submission: None)
    assert results["score"] == 0 and set(scores(results)) == {A.id, B.id}
