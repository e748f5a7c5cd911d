"""Closes the process's standard output and error at import."""
# expect-status: failed
import os

os.close(1)
os.close(2)


def __getattr__(name):
    return lambda *args: 0.5
