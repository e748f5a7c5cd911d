"""Every kata in the curriculum: its reference passes every test, its shipped stub fails as 'not started'."""

import pytest
from conftest import KATAS, kata_ids


@pytest.mark.parametrize("kata", KATAS, ids=kata_ids)
def test_reference_solution_passes_every_test_including_extras(kata, verdicts):
    result = verdicts[kata.id, "solutions"]
    failing = [f"{test.name}: {test.status} {test.message}" for test in result.tests if test.status != "passed"]
    assert result.passed and not failing, result.message or "\n".join(failing)


@pytest.mark.parametrize("kata", KATAS, ids=kata_ids)
def test_shipped_stub_fails_every_test_and_counts_as_not_started(kata, verdicts):
    result = verdicts[kata.id, "stub"]
    assert result.status == "failed"
    assert result.not_started
    assert all(test.status == "failed" for test in result.tests)
    first = result.first_failure
    assert first is not None and "is still the stub" in first.message
