"""`show`: a picture of the learner's own network, from stubs, solutions, a wrong answer and hostile code."""

import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from conftest import COURSE, KATAS, copy_repo

from checker import show
from checker.curriculum import CurriculumError

DRAWN = [pytest.param(kata, id=kata.id) for kata in KATAS if kata.id in show.DRAWINGS]
XOR = next((kata for kata in KATAS if kata.id == "06_xor"), None)

# An OR where XOR belongs: the output neuron also fires for (1, 1).
WRONG_XOR = """import numpy as np
W1 = np.array([[1.0, 1.0], [1.0, 1.0]])
b1 = np.array([-0.5, -1.5])
W2 = np.array([[1.0], [1.0]])
b2 = np.array([-0.5])
def step(z):
    return (np.asarray(z) > 0).astype(int)
def xor_net(X):
    return step(step(X @ W1 + b1) @ W2 + b2)[:, 0]
"""


def draw(repo, *args, **env):
    """`python -m checker.show ARGS` in `repo`, without colour."""
    inherited = {key: value for key, value in os.environ.items() if key not in ("FORCE_COLOR", "PYTHONPATH")}
    return subprocess.run([sys.executable, "-m", "checker.show", *map(str, args)], cwd=repo, capture_output=True,
                          text=True, env={**inherited, "NO_COLOR": "1", **env}, timeout=120)


def svg_texts(path):
    return [element.text for element in ET.parse(path).iter() if element.text]


@pytest.mark.parametrize("kata", DRAWN)
def test_a_stub_has_nothing_to_draw_and_says_what_to_write(stub_repo, kata):
    done = draw(stub_repo, kata.number)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Nothing to draw yet" in done.stdout and f"katas/{kata.id}/" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.parametrize("kata", DRAWN)
def test_a_solved_kata_is_drawn_within_80_columns_in_unicode_ascii_and_svg(solved_repo, kata, tmp_path):
    fancy = draw(solved_repo, kata.number)
    plain = draw(solved_repo, kata.number, "--ascii", "--svg", tmp_path / "k.svg")
    assert fancy.returncode == plain.returncode == 0, fancy.stdout + fancy.stderr
    assert "✘" not in fancy.stdout and "✔" in fancy.stdout
    assert plain.stdout.isascii()
    drawing = fancy.stdout + plain.stdout.split("The same picture is in")[0]  # the SVG's path may be long
    assert all(len(line) <= 80 for line in drawing.splitlines())
    assert len(svg_texts(tmp_path / "k.svg")) > 10


@pytest.mark.skipif(XOR is None, reason="no XOR kata")
def test_a_wrong_xor_net_shows_its_weights_and_marks_the_wrong_row(tmp_path):
    repo = copy_repo(tmp_path / "repo", learner="solutions")
    (repo / "katas" / XOR.id / "xor.py").write_text(WRONG_XOR)
    fancy, plain = draw(repo, "06"), draw(repo, "06", "--ascii", "--svg", tmp_path / "xor.svg")
    assert fancy.returncode == plain.returncode == 0, fancy.stdout + fancy.stderr
    assert "h1  b -0.5" in fancy.stdout and "h2  b -1.5" in fancy.stdout and "y  b -0.5 ✘" in fancy.stdout
    wrong = [line for line in fancy.stdout.splitlines() if "✘ wrong" in line]
    assert [line.split()[:2] for line in wrong] == [["1", "1"]]
    assert "Your weights compute OR" in fancy.stdout
    assert plain.stdout.isascii() and "x wrong" in plain.stdout and "+->" in plain.stdout
    assert plain.stdout.startswith(draw(repo, "06", PYTHONIOENCODING="ascii").stdout)  # ASCII where Unicode fails
    texts = svg_texts(tmp_path / "xor.svg")
    assert {"x1", "x2", "h1", "h2", "y", "1", "b -1.5"} <= set(texts)
    assert sum("✘ wrong" in text for text in texts) == 1


@pytest.mark.skipif(not any(kata.id == "01_perceptron" for kata in KATAS), reason="no perceptron kata")
def test_the_perceptron_weights_are_found_by_watching_the_gates_call_perceptron(solved_repo):
    done = draw(solved_repo, "01")
    assert "and_perceptron calls perceptron([x1, x2], w=[1, 1], b=-1.5)" in done.stdout


@pytest.mark.parametrize("body, says", [
    ("while True:\n        pass", "did not finish within 1 s"),
    ("raise ValueError('no')", "it raised ValueError: no (line 3 of params.py"),
    ("import os\n    os._exit(3)", "ended the whole process"),
    ("import sys\n    sys.exit(0)", "it raised SystemExit"),
    ("return 'many'", "which is not an array of numbers"),
])
def test_learner_code_that_hangs_raises_exits_or_returns_junk_is_told_in_one_line(tmp_path, body, says):
    repo = copy_repo(tmp_path, learner="solutions")
    toml = repo / "katas" / "katas.toml"
    toml.write_text(toml.read_text().replace("test_timeout_seconds = 10", "test_timeout_seconds = 1"))
    (repo / "katas" / "04_param_counter" / "params.py").write_text(f"\ndef count_params(sizes):\n    {body}\n")
    done = draw(repo, "04")
    assert done.returncode == 1 and says in done.stdout, done.stdout + done.stderr
    assert len(done.stdout.strip().splitlines()) == 1 and "Traceback" not in done.stdout + done.stderr


def test_an_unknown_kata_is_a_usage_error():
    with pytest.raises(CurriculumError, match="unknown kata"):
        show.run(COURSE, argparse.Namespace(kata="99", svg=None, ascii=False))


def test_suggestion_points_to_the_picture_of_katas_with_a_network():
    assert show.suggestion("06_xor") == "see your network: python -m checker show 06"
    assert show.suggestion("04_param_counter") is None and show.suggestion("99_nothing") is None
