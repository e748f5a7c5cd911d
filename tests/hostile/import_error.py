"""Imports a module that does not exist."""
# expect-status: failed
# expect: raised ModuleNotFoundError: No module named 'numpyy'
import numpyy  # noqa: F401
