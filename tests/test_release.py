"""`release`: the student copy has no solutions and no hidden tests, its checker works for the learner, and
`grade` in it catches an edited test or checker. Generic over the curriculum."""

import json
import shutil

import pytest
from conftest import KATAS, copy_course, run_checker

from checker import manifest

FIRST, SECOND = KATAS[0], KATAS[1]


@pytest.fixture(scope="module")
def student_copy(tmp_path_factory):
    root = tmp_path_factory.mktemp("release")
    course = copy_course(root / "course")
    hidden = course / "katas" / SECOND.id / "hidden"
    hidden.mkdir()
    (hidden / f"test_{SECOND.module_name}_hidden.py").write_text("def test_hidden():\n    pass\n")
    done = run_checker(course, "release", str(root / "student"))
    assert done.returncode == 0, done.stdout + done.stderr
    return root / "student"


def files(folder):
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def test_release_has_no_solution_no_hidden_test_and_no_self_tests(student_copy):
    shipped = files(student_copy)
    assert not [path for path in shipped if path.startswith(("solutions/", "tests/", ".ci/"))]
    assert not [path for path in shipped if "/hidden/" in path]
    for kata in KATAS:
        assert (student_copy / "katas" / kata.id / kata.learner_file.name).read_bytes() == kata.stub_file.read_bytes()
        assert {f"katas/{kata.id}/{test.name}" for test in kata.test_files} <= shipped
    readme = (student_copy / "README.md").read_text()
    assert "Student copy" in readme.split("\n## ", 1)[0] and "## For instructors" not in readme


def test_manifest_lists_every_test_conftest_checker_and_config_file(student_copy):
    listed = manifest.read(student_copy / manifest.MANIFEST)
    wanted = {"katas/katas.toml", "noxfile.py", "pyproject.toml"}
    for pattern in ("katas/*/test_*.py", "katas/*/conftest.py", "checker/*.py", ".github/workflows/*"):
        wanted |= {path.relative_to(student_copy).as_posix() for path in student_copy.glob(pattern)}
    assert wanted <= set(listed) and ".github/workflows/classroom.yml" in wanted
    assert manifest.changed(listed, student_copy) == {}


def test_the_checker_works_the_same_for_the_learner(student_copy):
    done = run_checker(student_copy, "check", env={"NO_COLOR": "1"})
    assert done.returncode == 1, done.stderr
    assert f"0/{len(KATAS)} katas passed" in done.stdout and "is still the stub" in done.stdout
    compare = run_checker(student_copy, "compare", FIRST.number)
    assert compare.returncode == 0 and "your instructor shares them" in compare.stdout
    against = run_checker(student_copy, "check", "--against", "solutions")
    assert against.returncode == 2 and "student copy" in against.stderr
    assert run_checker(student_copy, "hint", FIRST.number).returncode == 0


def test_grade_in_a_release_zeroes_a_kata_whose_test_was_edited_and_everything_for_an_edited_checker(
        student_copy, tmp_path):
    copy = shutil.copytree(student_copy, tmp_path / "student")
    for kata in (FIRST, SECOND):
        (copy / "katas" / kata.id / kata.learner_file.name).write_bytes(kata.solution_file.read_bytes())
    edited = f"katas/{SECOND.id}/{SECOND.test_files[0].name}"
    with open(copy / edited, "a") as test_file:
        test_file.write("\n# made easier\n")
    done = run_checker(copy, "grade", FIRST.number, SECOND.number, "--out", "out")
    assert done.returncode == 1
    results = json.loads((copy / "out" / "results.json").read_text())
    assert [test["score"] for test in results["tests"]] == [FIRST.points, 0]
    assert results["extra_data"]["modified"] == {edited: "modified"}
    for name in ("results.json", "junit.xml", "summary.md", "classroom.json"):
        text = (copy / "out" / name).read_text()
        assert "protected files modified" in text.lower() and edited in text, name

    alone = run_checker(copy, "grade", FIRST.number, "--out", "out")  # a Classroom step: another kata's test
    assert alone.returncode == 0, alone.stdout                           # costs this kata nothing

    with open(copy / "checker" / "report.py", "a") as checker_file:
        checker_file.write("\n# tuned\n")
    done = run_checker(copy, "grade", FIRST.number, "--out", "out")
    results = json.loads((copy / "out" / "results.json").read_text())
    assert results["score"] == 0 and "checker/report.py" in results["extra_data"]["modified"]


def test_release_refuses_a_folder_inside_the_repository_or_one_in_use(student_copy, tmp_path):
    inside = run_checker(student_copy.parent / "course", "release", "katas/student")
    assert inside.returncode == 2 and "inside the repository" in inside.stderr
    in_use = run_checker(student_copy.parent / "course", "release", str(student_copy))
    assert in_use.returncode == 2 and "not an empty folder" in in_use.stderr
    again = run_checker(student_copy, "release", str(tmp_path / "again"))
    assert again.returncode == 2 and "already a student copy" in again.stderr
