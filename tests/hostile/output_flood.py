"""Prints tens of megabytes, then answers wrongly."""
# expect-status: failed
# expect-output: more characters not shown
import sys


def __getattr__(name):
    def flood(*args):
        line = "spam " * 200 + "\n"
        for _ in range(30_000):
            sys.stdout.write(line)
        return 0.5

    return flood
