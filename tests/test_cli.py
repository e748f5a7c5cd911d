"""The checker's contract: exit codes, terminal output, JSON, usage errors. Generic over the curriculum."""

import json
import shutil

import pytest
from conftest import KATAS, copy_repo, run_checker


def test_stubs_fail_every_kata_with_exit_1_and_name_the_function_to_write(stub_repo):
    done = run_checker(stub_repo, "check", "--json", "out.json", env={"NO_COLOR": "1"})
    assert done.returncode == 1, done.stderr
    assert f"0/{len(KATAS)} katas passed" in done.stdout
    assert "is still the stub" in done.stdout
    data = json.loads((stub_repo / "out.json").read_text())
    assert data["summary"] == {"passed": 0, "total": len(KATAS)}
    for kata in data["katas"]:
        assert kata["status"] == "failed" and kata["not_started"]
        assert f"Write it in katas/{kata['id']}/" in kata["tests"][0]["message"]


def test_solved_katas_pass_with_exit_0_and_json_in_the_documented_shape(solved_repo):
    done = run_checker(solved_repo, "check", "--json", "out.json")
    assert done.returncode == 0, done.stdout + done.stderr
    data = json.loads((solved_repo / "out.json").read_text())
    assert data["against"] == "learner"
    assert [kata["id"] for kata in data["katas"]] == [kata.id for kata in KATAS]
    assert data["summary"] == {"passed": len(KATAS), "total": len(KATAS)}
    for kata in data["katas"]:
        assert kata["status"] == "passed" and kata["title"]
        assert kata["tests"] and all(set(test) >= {"id", "status", "message"} for test in kata["tests"])


def test_against_solutions_passes_every_kata(stub_repo):
    done = run_checker(stub_repo, "check", "--against", "solutions")
    assert done.returncode == 0, done.stdout
    assert f"{len(KATAS)}/{len(KATAS)} katas passed" in done.stdout


def test_one_kata_by_number_or_folder_name(stub_repo):
    kata = KATAS[0]
    for name in (kata.number, kata.id, str(int(kata.number))):
        done = run_checker(stub_repo, "check", name, "--against", "solutions")
        assert done.returncode == 0 and "1/1 katas passed" in done.stdout, done.stdout


@pytest.mark.parametrize("args, says", [
    (["check", "99_nothing"], "unknown kata '99_nothing'"),
    (["check", "--against", "nobody"], "invalid choice"),
    (["check", "--frobnicate"], "unrecognized arguments"),
    (["frobnicate"], "invalid choice"),
])
def test_usage_error_is_one_line_with_exit_2(stub_repo, args, says):
    done = run_checker(stub_repo, *args)
    assert done.returncode == 2
    assert says in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr + done.stdout


def test_broken_curriculum_file_names_the_line(tmp_path):
    repo = copy_repo(tmp_path)
    toml = repo / "katas" / "katas.toml"
    toml.write_text(toml.read_text() + "\n[[kata]\n")
    done = run_checker(repo, "check")
    assert done.returncode == 2 and "katas/katas.toml is not valid TOML" in done.stderr and "line" in done.stderr


def test_colour_follows_no_color_and_force_color(stub_repo):
    plain = run_checker(stub_repo, "check", KATAS[0].number, env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    coloured = run_checker(stub_repo, "check", KATAS[0].number, env={"FORCE_COLOR": "1"})
    assert "\033[" not in plain.stdout and "\033[" in coloured.stdout


def test_portable_launcher_gives_the_same_verdicts(stub_repo):
    """Where the fork server is not used (KATA_SPAWN=1, or not Linux), each kata gets a new Python."""
    done = run_checker(stub_repo, "check", "--against", "solutions", env={"KATA_SPAWN": "1"})
    assert done.returncode == 0 and f"{len(KATAS)}/{len(KATAS)} katas passed" in done.stdout


def test_missing_solutions_folder_is_a_usage_error(tmp_path):
    repo = copy_repo(tmp_path)
    shutil.rmtree(repo / "solutions")
    done = run_checker(repo, "check", "--against", "solutions")
    assert done.returncode == 2 and "no solutions/ folder" in done.stderr


def test_kata_folder_with_two_learner_files_is_a_usage_error(tmp_path):
    repo = copy_repo(tmp_path)
    (repo / "katas" / KATAS[0].id / "scratch.py").write_text("x = 1\n")
    done = run_checker(repo, "check")
    assert done.returncode == 2 and "exactly one module that is not a test" in done.stderr
