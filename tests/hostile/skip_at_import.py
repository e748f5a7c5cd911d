"""Skips every test from the module itself: a skip is not a pass."""
# expect-status: failed
# expect: called pytest.skip() while being imported
import pytest

pytest.skip("nothing to see here", allow_module_level=True)
