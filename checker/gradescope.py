"""Gradescope: an autograder.zip to upload, and what it runs for each submission.

`python -m checker gradescope autograder.zip` packs what `grade-many` grades from: the student copy with
the hidden tests (template/), the manifest of the students' protected files, requirements.txt, setup.sh
(Gradescope runs it once: a Python environment with the runtime) and run_autograder (run for each
submission). run_autograder runs `python -m checker.gradescope SUBMISSION RESULTS` in template/: the
submission is graded as by grade-many, its learner files in a fresh copy and in a process of its own,
and results.json lands where Gradescope reads it.

A submission is a student's repository (from GitHub, or uploaded with its folders), or only the learner
files uploaded one by one (perceptron.py, neuron.py, ...), found by name; protected files are compared
with the manifest only in a repository.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from checker import batch, manifest
from checker import curriculum as course
from checker.curriculum import REPO_ROOT, Curriculum, tomllib

SETUP = """\
#!/usr/bin/env bash
# Gradescope runs this once, when it builds the autograder: Python and the katas' runtime.
set -euo pipefail
apt-get update -qq
apt-get install -y -qq python3 python3-venv > /dev/null
python3 -m venv /autograder/venv
/autograder/venv/bin/python -m pip install --quiet -r /autograder/source/requirements.txt
"""

RUN = """\
#!/usr/bin/env bash
# Gradescope runs this for each submission. AUTOGRADER_ROOT and AUTOGRADER_PYTHON let you try it elsewhere.
root="${AUTOGRADER_ROOT:-/autograder}"
cd "$root/source/template"
exec "${AUTOGRADER_PYTHON:-$root/venv/bin/python}" -m checker.gradescope "$root/submission" "$root/results"
"""

EXECUTABLE = 0o100755 << 16  # a regular file, rwxr-xr-x, in a zip entry's external attributes


def bundle(curriculum: Curriculum, destination: Path) -> int:
    """Write autograder.zip; returns how many files of the course it holds."""
    requirements = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    with tempfile.TemporaryDirectory(prefix="gradescope-") as scratch:
        template = Path(scratch) / "template"
        expected = batch.build_template(curriculum, template)
        files = sorted(path for path in template.rglob("*") if path.is_file())
        with zipfile.ZipFile(destination, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in (("setup.sh", SETUP), ("run_autograder", RUN)):
                entry = zipfile.ZipInfo(name)
                entry.external_attr = EXECUTABLE
                entry.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(entry, text)
            archive.writestr("requirements.txt", "".join(f"{line}\n" for line in requirements))
            archive.writestr(manifest.MANIFEST, manifest.text(expected))
            for path in files:
                archive.write(path, f"template/{path.relative_to(template).as_posix()}")
    return len(files)


def grade_submission(curriculum: Curriculum, submission: Path, results: Path) -> int:
    """Grade one submission into results/results.json (run in template/, inside Gradescope's container)."""
    expected = manifest.read(REPO_ROOT.parent / manifest.MANIFEST)
    with tempfile.TemporaryDirectory(prefix="submission-") as scratch:
        repository = _repository_in(submission)
        if repository is None:  # files uploaded one by one: lay them out as a repository would hold them
            repository, expected = Path(scratch) / "files", None
            for kata in curriculum.katas:
                found = sorted(submission.rglob(kata.learner_file.name))
                if found:
                    (repository / "katas" / kata.id).mkdir(parents=True)
                    shutil.copyfile(found[0], repository / "katas" / kata.id / kata.learner_file.name)
        out = Path(scratch) / "out"
        outcome = batch.grade_one(curriculum, repository, REPO_ROOT, expected, Path(scratch) / "work", out,
                                  batch.default_timeout(curriculum), set())
        results.mkdir(parents=True, exist_ok=True)
        report = out / repository.name / "results.json"
        if outcome.note or not report.is_file():
            failed = {"score": 0, "output": f"Your submission could not be graded: {outcome.note}", "tests": []}
            (results / "results.json").write_text(json.dumps(failed, indent=2) + "\n", encoding="utf-8")
        else:
            shutil.copyfile(report, results / "results.json")
    return 0


def _repository_in(submission: Path) -> Path | None:
    """The folder of the submission that holds the course (katas/katas.toml), if it holds one."""
    found = sorted(submission.rglob("katas/katas.toml"), key=lambda path: len(path.parts))
    return found[0].parent.parent if found else None


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m checker.gradescope SUBMISSION RESULTS (run_autograder runs this)")
    sys.exit(grade_submission(course.load(), Path(sys.argv[1]), Path(sys.argv[2])))
