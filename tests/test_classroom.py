"""The GitHub Classroom workflow: the committed file is the one the curriculum makes, and it grades each kata of
the [grading] selection for its points. PyYAML comes from the `classroom-tests` group (nox -s tests)."""

import shutil
import subprocess

import pytest
from conftest import COURSE, REPO_ROOT

from checker import classroom

yaml = pytest.importorskip("yaml")
GRADER = "classroom-resources/autograding-command-grader@v1"
REPORTER = "classroom-resources/autograding-grading-reporter@v1"


@pytest.fixture(scope="module")
def steps():
    workflow = yaml.safe_load((REPO_ROOT / classroom.WORKFLOW).read_text(encoding="utf-8"))
    assert set(workflow["on"]) >= {"push"}
    return workflow["jobs"]["run-autograding-tests"]["steps"]


def test_committed_workflow_is_the_one_the_curriculum_makes():
    committed = (REPO_ROOT / classroom.WORKFLOW).read_text(encoding="utf-8")
    assert committed == classroom.workflow(COURSE), "run `python -m checker classroom-workflow --write`"


def test_one_grader_step_per_graded_kata_worth_its_points(steps):
    graders = [step for step in steps if step.get("uses") == GRADER]
    assert [step["id"] for step in graders] == [f"kata-{kata.number}" for kata in COURSE.graded]
    for step, kata in zip(graders, COURSE.graded):
        assert step["with"]["max-score"] == kata.points
        assert step["with"]["command"] == f"python -m checker grade {kata.number}"


def test_python_and_the_runtime_are_installed_before_grading(steps):
    uses = [step.get("uses", "") for step in steps]
    assert any(use.startswith("actions/checkout@") for use in uses)
    assert any(use.startswith("actions/setup-python@") for use in uses)
    installs = " ".join(step.get("run", "") for step in steps[: uses.index(GRADER)])
    assert all(package in installs for package in ("numpy", "pytest", "pytest-timeout"))


def test_the_reporter_reads_every_runner(steps):
    reporter = next(step for step in steps if step.get("uses") == REPORTER)
    runners = [f"kata-{kata.number}" for kata in COURSE.graded]
    assert reporter["with"]["runners"].split(",") == runners
    assert reporter["env"] == {f"{runner.upper()}_RESULTS": f"${{{{steps.{runner}.outputs.result}}}}"
                               for runner in runners}


def test_actionlint_finds_nothing_to_fix():
    if shutil.which("actionlint") is None:
        pytest.skip("actionlint is not installed")
    done = subprocess.run(["actionlint", str(REPO_ROOT / classroom.WORKFLOW)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
