"""The kata checker: runs each kata's tests in isolation and reports progress.

Modules, one job each:
    curriculum   reads katas/katas.toml, the single list of katas
    expect       what kata tests use: load the implementation, call it, explain mistakes
    pytest_plugin  runs inside each kata's pytest process and records what happened
    runner       runs the katas' tests, enforces limits, turns records into results
    launcher     starts the processes tests run in, and stops them
    child        the process a kata's tests run in (and the fork server that starts it)
    results      the result model and its JSON form
    report       what the terminal shows
    cli          `python -m checker ...`
    workspace    reset with a backup, the hints already shown, the diff against a solution
    watch        `watch`: re-check a kata each time its file is saved
    show         `show`: draw the learner's own network in the terminal or as SVG
    bench        `python -m checker.bench`: throughput against NumPy's floor (nox -s bench)

For instructors (README, "For instructors"):
    scoring      points under the [grading] rules: one Grade that every grade format is written from
    grading      the grade formats: Gradescope results.json, JUnit XML, Markdown, GitHub Classroom
    manifest     MANIFEST.sha256: which protected files (tests, checker, configuration) were changed
    release      the student copy: no solutions, no hidden tests, a manifest
    classroom    the GitHub Classroom workflow, made from the curriculum
    batch        grade-many: each submission graded in a fresh copy, N at a time, into a gradebook
    gradescope   the autograder zip for Gradescope, and what it runs for each submission
    scaffold     `new NAME`: a kata the self-tests accept at once
"""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
