"""`new NAME`: a scaffolded kata passes the self-tests at once (structure, reference and stub, mistake catalog)."""

import os
import shutil
import subprocess
import sys

from conftest import KATAS, REPO_ROOT, copy_course, run_checker

SELF_TESTS = ["test_structure.py", "test_katas.py", "test_mutants.py", "test_classroom.py"]


def one_kata_course(destination):
    """A copy of the course cut down to its first kata (with its self-tests), so the check stays quick."""
    repo = copy_course(destination)
    keep = KATAS[0]
    toml = repo / "katas" / "katas.toml"
    head, first, *_ = toml.read_text(encoding="utf-8").split("\n[[kata]]\n")
    toml.write_text(f"{head}\n[[kata]]\n{first}", encoding="utf-8")
    for kata in KATAS[1:]:
        shutil.rmtree(repo / "katas" / kata.id)
        shutil.rmtree(repo / "solutions" / kata.id)
    (repo / "tests").mkdir()
    for name in ["conftest.py", *SELF_TESTS]:
        shutil.copy(REPO_ROOT / "tests" / name, repo / "tests" / name)
    shutil.copytree(REPO_ROOT / "tests" / "mutants" / keep.id, repo / "tests" / "mutants" / keep.id)
    run_checker(repo, "classroom-workflow", "--write")  # the workflow of the cut-down course
    return repo


def test_a_scaffolded_kata_passes_the_self_tests_at_once(tmp_path):
    repo = one_kata_course(tmp_path)
    done = run_checker(repo, "new", "double_it")
    assert done.returncode == 0, done.stdout + done.stderr
    new_id = f"{int(KATAS[0].number) + 1:02d}_double_it"
    for path in (f"katas/{new_id}/double_it.py", f"katas/{new_id}/.stub.py", f"katas/{new_id}/test_double_it.py",
                 f"katas/{new_id}/README.md", f"solutions/{new_id}/double_it.py"):
        assert (repo / path).is_file(), path
    assert f'id = "{new_id}"' in (repo / "katas" / "katas.toml").read_text()

    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    tests = subprocess.run([sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider",
                            *(f"tests/{name}" for name in SELF_TESTS)],
                           cwd=repo, env=environment, capture_output=True, text=True, timeout=600)
    assert tests.returncode == 0, tests.stdout[-4000:]
    assert f"[{new_id}/wrong_returns_x] PASSED" in tests.stdout  # the new kata's catalog was picked up
    assert f"test_reference_solution_passes_every_test_including_extras[{new_id}] PASSED" in tests.stdout

    again = run_checker(repo, "new", "double_it")
    assert again.returncode == 2 and "module named double_it.py" in again.stderr
    bad = run_checker(repo, "new", "Not-A-Name")
    assert bad.returncode == 2 and "cannot be a kata name" in bad.stderr
