"""Crashes the interpreter with a segmentation fault."""
# expect-status: error
# expect: SIGSEGV
import ctypes


def __getattr__(name):
    def crash(*args):
        return ctypes.string_at(0)

    return crash
