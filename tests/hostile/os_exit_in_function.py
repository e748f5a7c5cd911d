"""Ends the whole test process with status 0 from inside a function."""
# expect-status: error
# expect: os._exit()
import os


def __getattr__(name):
    def leave(*args):
        os._exit(0)

    return leave
