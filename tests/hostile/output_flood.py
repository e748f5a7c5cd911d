"""Prints 30 MB on its first call, then answers wrongly."""
# expect-status: failed
# expect-output: more characters not shown
import sys

_flooded = False


def __getattr__(name):
    def flood(*args):
        global _flooded
        if not _flooded:
            _flooded = True
            line = "spam " * 200 + "\n"
            for _ in range(30_000):
                sys.stdout.write(line)
        return 0.5

    return flood
