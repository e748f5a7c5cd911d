"""The catalog in tests/mutants/: real mistakes must fail their kata, unusual correct answers must pass.

A catalog entry is a learner file, tests/mutants/<kata>/wrong_<what>.py or correct_<what>.py.
A wrong one lists, in `# expect: ...` lines, text the learner must see in the first failure.
"""

import pytest
from conftest import KATAS, MUTANTS_DIR, all_mutants, kata_ids, mutants

MIN_WRONG, MIN_CORRECT = 5, 2


def expected_texts(path):
    return [
        line.split(":", 1)[1].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# expect:")
    ]


@pytest.mark.parametrize("kata, path", all_mutants("wrong"))
def test_mistake_fails_its_kata_with_a_message_that_explains_it(kata, path, verdicts):
    result = verdicts[kata.id, path.name]
    assert not result.passed, f"{path.name} passed kata {kata.id} but is wrong"
    first = result.first_failure
    message = result.message or (first.message if first else "")
    texts = expected_texts(path)
    assert texts, f"{path.name} needs at least one '# expect: ...' line"
    for text in texts:
        assert text in message, f"{text!r} not in the learner's message:\n{message}"


@pytest.mark.parametrize("kata, path", all_mutants("correct"))
def test_unusual_correct_answer_passes_its_kata(kata, path, verdicts):
    result = verdicts[kata.id, path.name]
    first = result.first_failure
    assert result.passed, result.message or (f"{first.name}: {first.message}" if first else result.status)


@pytest.mark.parametrize("kata", KATAS, ids=kata_ids)
def test_catalog_covers_the_kata(kata):
    assert len(mutants(kata, "wrong")) >= MIN_WRONG, f"tests/mutants/{kata.id}/ needs {MIN_WRONG} wrong_*.py"
    assert len(mutants(kata, "correct")) >= MIN_CORRECT, f"tests/mutants/{kata.id}/ needs {MIN_CORRECT} correct_*.py"


def test_catalog_has_no_folder_for_an_unknown_kata():
    known = {kata.id for kata in KATAS}
    assert {folder.name for folder in MUTANTS_DIR.iterdir() if folder.is_dir()} <= known
