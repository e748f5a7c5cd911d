"""The GitHub Classroom workflow, made from the curriculum so that it never drifts from it.

One autograding-command-grader step per graded kata, worth that kata's points: it runs
`python -m checker grade NN`, which exits 0 only when the kata earns its points (and the kata's protected
files match MANIFEST.sha256); a kata with stretch_points has a second step, `grade NN --extras`. The
reporter step then adds the steps up for Classroom. The command grader is pass/fail, so the workflow
awards whole katas (and all of their extras): with `partial = true` use the files `grade` writes instead.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from checker.curriculum import REPO_ROOT, Curriculum

WORKFLOW = Path(".github/workflows/classroom.yml")
PYTHON_VERSION = "3.12"
INSTALL = "python -m pip install numpy pytest pytest-timeout"

HEADER = """\
# Made from katas/katas.toml by `python -m checker classroom-workflow --write`: edit the curriculum, then run
# that again (the self-tests fail when this file and the curriculum disagree). One step per graded kata,
# worth its points; the reporter sends the total to GitHub Classroom.
name: Autograding Tests
"on":
  - push
  - workflow_dispatch
permissions:
  checks: write
  actions: read
  contents: read
jobs:
  run-autograding-tests:
    runs-on: ubuntu-latest
    if: github.actor != 'github-classroom[bot]'
    steps:
      - name: Checkout code
        uses: actions/checkout@v4
      - name: Set up Python
        uses: actions/setup-python@v5
        with:
          python-version: "{python}"
      - name: Install NumPy, pytest and pytest-timeout
        run: {install}
"""

STEP = """\
      - name: {name}
        id: {runner}
        uses: classroom-resources/autograding-command-grader@v1
        with:
          test-name: {name}
          command: python -m checker grade {arguments}
          timeout: {minutes}
          max-score: {points:g}
"""


def workflow(curriculum: Curriculum) -> str:
    # The grader's timeout is in minutes: twice the kata's own limit leaves room for starting Python.
    minutes = max(1, math.ceil(2 * curriculum.kata_timeout / 60))
    text = HEADER.format(python=PYTHON_VERSION, install=INSTALL)
    steps = []
    for kata in curriculum.graded:
        steps.append((f"kata-{kata.number}", f"{kata.number} {kata.title}", kata.number, kata.points))
        if kata.stretch_points:  # the extras score in a step of their own, so the kata's step stays pass/fail
            steps.append((f"kata-{kata.number}-extras", f"{kata.number} ★ extras: {kata.title}",
                          f"{kata.number} --extras", kata.stretch_points))
    runners = [runner for runner, *_ in steps]
    for runner, title, arguments, points in steps:
        name = json.dumps(title, ensure_ascii=False)  # a JSON string is valid YAML
        text += STEP.format(name=name, runner=runner, arguments=arguments, minutes=minutes, points=points)
    text += "      - name: Autograding Reporter\n"
    text += "        uses: classroom-resources/autograding-grading-reporter@v1\n"
    text += "        env:\n"
    for runner in runners:
        text += f'          {runner.upper()}_RESULTS: "${{{{steps.{runner}.outputs.result}}}}"\n'
    text += "        with:\n"
    text += f"          runners: {','.join(runners)}\n"
    # The same grade once more for people: its Markdown summary lands on the run's page.
    text += "      - name: Grade summary\n"
    text += "        if: always()\n"
    text += "        run: python -m checker grade\n"
    return text


def write(curriculum: Curriculum, root: Path = REPO_ROOT) -> Path:
    target = root / WORKFLOW
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(workflow(curriculum), encoding="utf-8")
    return target
