"""`grade`: the points add up in every format, hidden tests keep their secrets, flags cost the kata. Generic."""

import ast
import base64
import csv
import json
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import KATAS, copy_repo, mutants, run_checker, set_grading

from checker import batch, curriculum

GRADED = KATAS[:2]  # the first two katas of the course keep these runs quick
# The first kata with ★ extras, for the instructor's optional stretch_points.
STRETCHY = next((kata for kata in KATAS if any("mark.stretch" in test.read_text() for test in kata.test_files)), None)
EXTRA_POINTS = 5
SECRET = "SECRET-EXPECTED-VALUE-31337"
HIDDEN_TEST = '''"""An instructor's hidden tests: the learner sees their names and verdicts only."""
from checker.expect import kata_function

target = kata_function("{function}")


def test_hidden_finds_the_learners_module():
    target.target()


def test_hidden_secret_check():
    assert "{secret}" == "what the learner returned"
'''


def learner(repo: Path, kata) -> Path:
    return repo / "katas" / kata.id / kata.learner_file.name


def stub_function(kata) -> str:
    tree = ast.parse(kata.stub_file.read_text(encoding="utf-8"))
    return next(node.name for node in tree.body if isinstance(node, ast.FunctionDef) and node.name[0] != "_")


def read_outputs(out: Path) -> dict:
    return {
        "gradescope": json.loads((out / "results.json").read_text()),
        "classroom": json.loads((out / "classroom.json").read_text()),
        "env": (out / "classroom.env").read_text(),
        "junit": ET.parse(out / "junit.xml").getroot(),
        "summary": (out / "summary.md").read_text(),
    }


@pytest.fixture(scope="module", params=[False, True], ids=["all-or-nothing", "partial"])
def graded(request, tmp_path_factory):
    """The first kata solved, the second answered by a catalogued mistake, graded with and without partial credit."""
    repo = copy_repo(tmp_path_factory.mktemp("grade"), learner="stub")
    solved, wrong = GRADED
    learner(repo, solved).write_bytes(solved.solution_file.read_bytes())
    learner(repo, wrong).write_bytes(mutants(wrong, "wrong")[0].read_bytes())
    set_grading(repo, [kata.number for kata in GRADED], partial=request.param)
    done = run_checker(repo, "grade", "--out", "out", env={"GITHUB_STEP_SUMMARY": str(repo / "step-summary.md")})
    run_checker(repo, "check", *(kata.number for kata in GRADED), "--json", "check.json")  # the tests' own verdicts
    core = {kata["id"]: [t["status"] for t in kata["tests"] if not t["stretch"]]
            for kata in json.loads((repo / "check.json").read_text())["katas"]}
    return request.param, done, read_outputs(repo / "out") | {"core": core, "step": (repo / "step-summary.md")}


def test_grade_exits_1_when_a_kata_misses_its_points(graded):
    _, done, _ = graded
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Written:" in done.stdout


def test_the_summary_also_goes_to_the_ci_run_page(graded):
    _, _, outputs = graded
    assert outputs["step"].read_text().strip() == outputs["summary"].strip()


def test_points_add_up_in_every_format(graded):
    partial, _, outputs = graded
    solved, wrong = GRADED
    gradescope = outputs["gradescope"]
    scores = {test["extra_data"]["kata"]: test["score"] for test in gradescope["tests"]}
    assert [test["max_score"] for test in gradescope["tests"]] == [kata.points for kata in GRADED]
    assert scores[solved.id] == solved.points
    core = outputs["core"][wrong.id]
    expected_wrong = round(wrong.points * core.count("passed") / len(core), 2) if partial else 0
    assert scores[wrong.id] == expected_wrong
    assert math.isclose(gradescope["score"], sum(scores.values()))
    assert gradescope["extra_data"]["max_score"] == sum(kata.points for kata in GRADED)

    for kata in GRADED:  # GitHub Classroom: per-kata runners whose test scores add up
        runner = outputs["classroom"][f"kata-{kata.number}"]
        assert runner["max_score"] == kata.points and runner["version"] == 1
        assert math.isclose(sum(test["score"] for test in runner["tests"]), scores[kata.id], abs_tol=1e-9)
        table = sum(test["status"] == "pass" for test in runner["tests"]) / len(runner["tests"]) * kata.points
        assert math.isclose(table, scores[kata.id], abs_tol=0.01)  # the reporter's own table agrees
    decoded = dict(line.split("=", 1) for line in outputs["env"].splitlines())
    assert {key: json.loads(base64.b64decode(value)) for key, value in decoded.items()} == {
        f"{runner.upper()}_RESULTS": result for runner, result in outputs["classroom"].items()}

    for suite in outputs["junit"]:  # JUnit: each suite carries its kata's score
        properties = {p.get("name"): p.get("value") for p in suite.iter("property")}
        assert float(properties["score"]) == scores[suite.get("name")]
    total = f"**{gradescope['score']:g} / {sum(kata.points for kata in GRADED):g}**"
    assert total in outputs["summary"]


@pytest.fixture(scope="module")
def secrets(tmp_path_factory):
    """Hidden tests in the first kata (one fails), and the second kata copying its reference solution."""
    repo = copy_repo(tmp_path_factory.mktemp("hidden"), learner="solutions")
    first, second = GRADED
    hidden = repo / "katas" / first.id / "hidden"
    hidden.mkdir()
    (hidden / f"test_{first.module_name}_hidden.py").write_text(
        HIDDEN_TEST.format(function=stub_function(first), secret=SECRET))
    learner(repo, second).write_bytes((Path(__file__).parent / "hostile" / "reads_solutions.py").read_bytes())
    done = run_checker(repo, "grade", first.number, second.number, "--out", "out")
    return done, read_outputs(repo / "out"), repo / "out"


def test_hidden_tests_show_their_names_and_verdicts_never_their_source(secrets):
    done, outputs, out = secrets
    first = GRADED[0]
    assert done.returncode == 1
    for path in out.iterdir():
        assert SECRET not in path.read_text(), f"{path.name} quotes a hidden test"
    assert SECRET not in done.stdout
    kata = next(test for test in outputs["gradescope"]["tests"] if test["extra_data"]["kata"] == first.id)
    assert kata["score"] == 0 and "(hidden) test_hidden_secret_check" in kata["output"]
    cases = {case.get("name"): case for case in outputs["junit"].iter("testcase")}
    assert cases["test_hidden_finds_the_learners_module"].find("failure") is None  # found katas/NN/<module>.py
    assert cases["test_hidden_secret_check"].find("failure") is not None


def test_a_learner_file_reading_solutions_is_flagged_and_scores_0_in_every_format(secrets):
    _, outputs, _ = secrets
    second = GRADED[1]
    flag = "reads solutions/"
    kata = next(test for test in outputs["gradescope"]["tests"] if test["extra_data"]["kata"] == second.id)
    assert kata["score"] == 0 and flag in kata["extra_data"]["flags"] and flag in kata["output"]
    assert flag in outputs["gradescope"]["extra_data"]["flags"]
    assert flag in outputs["classroom"][f"kata-{second.number}"]["tests"][0]["message"]
    suite = next(s for s in outputs["junit"] if s.get("name") == second.id)
    assert flag in {p.get("name"): p.get("value") for p in suite.iter("property")}["flags"]
    assert flag in next(line for line in outputs["summary"].splitlines() if line.startswith(f"| {second.number} "))


def test_a_broken_grading_table_is_a_one_line_usage_error(tmp_path):
    repo = copy_repo(tmp_path)
    set_grading(repo, ["99"])
    done = run_checker(repo, "grade")
    assert done.returncode == 2 and "[grading]: unknown kata '99'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("table, says", [
    ('katas = ["01", "1"]', "listed twice"),
    ("katas = []", "'katas' is empty"),
    ('katas = "01"', "'katas' must be a list"),
    ('partial = "yes"', "'partial' must be true or false"),
    ("partal = true", "unknown key 'partal'; the keys are: katas, partial"),
])
def test_grading_table_mistakes_are_named(tmp_path, table, says):
    repo = copy_repo(tmp_path)
    toml = repo / "katas" / "katas.toml"
    set_grading(repo)
    toml.write_text(toml.read_text().replace("[grading]\npartial = false\n", f"[grading]\n{table}\n"))
    with pytest.raises(curriculum.CurriculumError, match=re.escape(says)):
        curriculum.load(toml)


@pytest.mark.parametrize("key", ["points", "stretch_points"])
def test_negative_points_are_refused(tmp_path, key):
    repo = copy_repo(tmp_path)
    toml = repo / "katas" / "katas.toml"
    negative = "points = -5" if key == "points" else "points = 1\nstretch_points = -5"
    toml.write_text(re.sub(r"(?m)^points = \d+", negative, toml.read_text(), count=1))
    with pytest.raises(curriculum.CurriculumError, match=f"'{key}' must be a number of at least 0"):
        curriculum.load(toml)


@pytest.fixture(scope="module", params=[(False, "solutions"), (False, "open"), (True, "open")],
                ids=["every-extra", "an-extra-open", "an-extra-open-partial"])
def extras(request, tmp_path_factory, verdicts):
    """A kata with stretch_points, answered by its reference (every extra passes) or by a catalogued correct
    answer that leaves an extra open; graded with and without partial credit."""
    partial, answer = request.param
    if STRETCHY is None:
        pytest.skip("no kata has ★ extras")
    if answer == "solutions":
        source, key = STRETCHY.solution_file, "solutions"
    else:
        open_ones = [path for path in mutants(STRETCHY, "correct")
                     if verdicts[STRETCHY.id, path.name].passed and verdicts[STRETCHY.id, path.name].first_open_stretch]
        if not open_ones:
            pytest.skip(f"no catalogued correct answer of {STRETCHY.id} leaves an extra open")
        source, key = open_ones[0], open_ones[0].name
    repo = copy_repo(tmp_path_factory.mktemp("extras"), learner="stub")
    learner(repo, STRETCHY).write_bytes(source.read_bytes())
    set_grading(repo, [STRETCHY.number], partial=partial, stretch_points={STRETCHY.id: EXTRA_POINTS})
    graded = run_checker(repo, "grade", "--out", "out")
    extras_step = run_checker(repo, "grade", STRETCHY.number, "--extras", "--out", "out-extras")
    workflow = run_checker(repo, "classroom-workflow").stdout
    result = verdicts[STRETCHY.id, key]
    passed = sum(test.status == "passed" for test in result.stretch_tests)
    total = len(result.stretch_tests)
    expected = EXTRA_POINTS if passed == total else round(EXTRA_POINTS * passed / total, 2) if partial else 0
    return repo, expected, graded, extras_step, workflow, read_outputs(repo / "out")


def test_extras_score_their_stretch_points_in_every_format(extras):
    _, expected, graded, extras_step, workflow, outputs = extras
    number, points = STRETCHY.number, STRETCHY.points
    assert graded.returncode == 0, graded.stdout + graded.stderr  # the kata itself passes either way
    assert extras_step.returncode == (0 if expected == EXTRA_POINTS else 1), extras_step.stdout
    gradescope = outputs["gradescope"]
    entry = next(test for test in gradescope["tests"] if test["extra_data"].get("extras"))
    assert (entry["score"], entry["max_score"]) == (expected, EXTRA_POINTS)
    assert math.isclose(gradescope["score"], points + expected)
    assert gradescope["extra_data"]["max_score"] == points + EXTRA_POINTS
    runner = outputs["classroom"][f"kata-{number}-extras"]  # GitHub Classroom: a runner of its own
    assert runner["max_score"] == EXTRA_POINTS
    assert math.isclose(sum(test["score"] for test in runner["tests"]), expected, abs_tol=1e-9)
    table = sum(test["status"] == "pass" for test in runner["tests"]) / len(runner["tests"]) * EXTRA_POINTS
    assert math.isclose(table, expected, abs_tol=0.01)
    suite = next(suite for suite in outputs["junit"] if suite.get("name") == STRETCHY.id)
    assert float({p.get("name"): p.get("value") for p in suite.iter("property")}["extra_score"]) == expected
    assert f"**{points + expected:g} / {points + EXTRA_POINTS:g}**" in outputs["summary"]
    assert f"command: python -m checker grade {number} --extras" in workflow
    assert f"max-score: {EXTRA_POINTS}" in workflow


def test_extras_get_a_gradebook_column_of_their_own(extras, tmp_path):
    repo, expected, _, _, _, _ = extras
    course = curriculum.load(repo / "katas" / "katas.toml")
    outcome = batch.Outcome("alice", max_score=STRETCHY.points + EXTRA_POINTS)
    batch._read_report(outcome, repo / "out" / "results.json", 0, "", timeout=60)
    batch.write_gradebook(course, [outcome], tmp_path / "gradebook.csv")
    with open(tmp_path / "gradebook.csv", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert float(row[STRETCHY.id]) == STRETCHY.points and float(row[f"{STRETCHY.id} ★"]) == expected
    assert float(row["total"]) == STRETCHY.points + expected
    assert float(row["max_score"]) == STRETCHY.points + EXTRA_POINTS
