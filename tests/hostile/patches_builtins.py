"""Replaces a builtin the judging relies on."""
# expect-status: failed
# expect: replaced builtins.isinstance
import builtins

_real = builtins.isinstance
builtins.isinstance = lambda value, kinds: _real(value, kinds)


def __getattr__(name):
    return lambda *args: 0.5
