"""`python -m checker new NAME`: a new kata that the self-tests accept at once.

It writes katas/NN_NAME/ (stub NAME.py and its pristine .stub.py, test_NAME.py, README.md with the required
sections), the reference in solutions/, five wrong and two correct answers in tests/mutants/, and appends
the kata to katas/katas.toml. The example function is `double(x)`: replace it, the tests, the mistakes
and the TODOs with the kata's own, and `nox -s tests` tells you when they agree.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path

from checker.curriculum import CURRICULUM_FILE, KATAS_DIR, REPO_ROOT, SOLUTIONS_DIR, Curriculum, CurriculumError

MUTANTS_DIR = REPO_ROOT / "tests" / "mutants"

STUB = '''"""Kata {number}: TODO say in one line what this kata teaches. Read README.md beside this file first."""


def double(x):
    """Twice x: the example function of a new kata. Replace it with the kata's own.

    x: a number or a NumPy array. Returns 2 * x, of the same shape.
    """
    # TODO: return x multiplied by 2.
    raise NotImplementedError("double: return 2 * x")
'''

TESTS = '''"""Kata {number}: TODO say in one line what these tests pin down."""

import numpy as np
import pytest

from checker.expect import expect_close, kata_function

double = kata_function("double")


@pytest.mark.parametrize("x", [0.0, 1.5, -3.0, 1e6])
def test_double_of_a_number_is_twice_it(x):
    expect_close(double, (x,), 2 * x, hint="multiply x by 2.")


@pytest.mark.parametrize("shape", [(3,), (2, 5)])
def test_double_works_on_every_entry_of_an_array(shape):
    x = np.arange(np.prod(shape), dtype=float).reshape(shape) - 2.5
    expect_close(double, (x,), 2 * x, hint="2 * x works on a whole NumPy array at once: no loop is needed.")
'''

SOLUTION = '''"""Kata {number}, reference solution."""


def double(x):
    # One expression serves a number and a NumPy array alike.
    return 2 * x
'''

README = """# Kata {number} · TODO a one-line title

## The idea
TODO: the idea, in a few short paragraphs, from what the learner already knows.

## Your task
In `{module}.py`, write:

| function | returns |
|---|---|
| `double(x)` | twice `x`, a number or a NumPy array of any shape |

## Worked example
`double(1.5)` is `3.0`; `double(np.array([1, 2]))` is `array([2, 4])`.

## Check your work
`nox -s check -- {number}` (or `python -m checker check {number}`).
Stuck? `python -m checker hint {number}` shows one hint more each time you ask.

## Going further
- TODO: where this idea leads next.
"""

ENTRY = '''
[[kata]]
id = "{kata_id}"
title = "TODO: a one-line title for {module}"
points = 10
hints = [
    """TODO: a nudge: what to look at first.""",
    """TODO: nearly the answer: for the example, return 2 * x.""",
]
'''

# Each mistake names, in `# expect:` lines, what the learner must read in the first failure.
MUTANTS = {
    "wrong_returns_x.py": ('"""Returns x unchanged."""\n# expect: Called double(x=1.5): it returned 1.5\n'
                           "def double(x):\n    return x\n"),
    "wrong_squares.py": ('"""Multiplies x by itself."""\n# expect: it returned 2.25, but the tests expected 3\n'
                         "def double(x):\n    return x * x\n"),
    "wrong_adds_two.py": ('"""Adds 2 instead of multiplying by 2."""\n# expect: Called double(x=0)\n'
                          "# expect: Hint: multiply x by 2.\ndef double(x):\n    return x + 2\n"),
    "wrong_missing_return.py": ('"""Computes the answer and forgets to return it."""\n# expect: it returned None\n'
                                "def double(x):\n    y = 2 * x  # noqa: F841\n"),
    "wrong_loops_over_a_number.py": ('"""Loops over x, which a single number does not allow."""\n'
                                     "# expect: raised TypeError\n"
                                     "def double(x):\n    return [2 * value for value in x]\n"),
    "correct_adds_x_to_itself.py": '"""x + x is 2 * x."""\ndef double(x):\n    return x + x\n',
    "correct_numpy_multiply.py": ('"""np.multiply works on numbers and arrays."""\nimport numpy as np\n\n\n'
                                  "def double(x):\n    return np.multiply(x, 2)\n"),
}


def new_kata(curriculum: Curriculum, name: str) -> list[Path]:
    """Write the new kata's files; returns them. Nothing is written if the name or the repository is not fit."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name) or keyword.iskeyword(name):
        raise CurriculumError(f"{name!r} cannot be a kata name: use a lowercase Python name, e.g. softmax")
    if not SOLUTIONS_DIR.is_dir():
        raise CurriculumError("there is no solutions/ folder here: scaffold katas in the instructor's repository")
    if any(kata.module_name == name for kata in curriculum.katas):
        raise CurriculumError(f"a kata already has a module named {name}.py: choose another name")
    number = f"{max((int(kata.number) for kata in curriculum.katas), default=0) + 1:02d}"
    kata_id = f"{number}_{name}"
    fields = {"number": number, "kata_id": kata_id, "module": name}
    files = {
        KATAS_DIR / kata_id / f"{name}.py": STUB,
        KATAS_DIR / kata_id / ".stub.py": STUB,
        KATAS_DIR / kata_id / f"test_{name}.py": TESTS,
        KATAS_DIR / kata_id / "README.md": README,
        SOLUTIONS_DIR / kata_id / f"{name}.py": SOLUTION,
        **{MUTANTS_DIR / kata_id / file: text for file, text in MUTANTS.items()},
    }
    taken = [path for path in files if path.exists()] + [path for path in (KATAS_DIR / kata_id,) if path.exists()]
    if taken:
        raise CurriculumError(f"{taken[0].relative_to(REPO_ROOT)} already exists: nothing was written")
    for path, template in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.format(**fields), encoding="utf-8")
    with open(CURRICULUM_FILE, "a", encoding="utf-8") as curriculum_file:
        curriculum_file.write(ENTRY.format(**fields))
    return [*files, CURRICULUM_FILE]
