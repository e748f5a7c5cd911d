"""Each function asks pytest to skip the test that called it."""
# expect-status: failed
# expect: it called pytest.skip()
import pytest


def __getattr__(name):
    def skip(*args):
        pytest.skip("skipped by the code under test")

    return skip
