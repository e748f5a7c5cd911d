"""The process a kata's tests run in (started by checker.runner.KataProcess).

It imports what every kata needs first, then reads its job, one JSON line on stdin: the pytest
arguments and the environment variables that say what to test and where to record it.
"""

import json
import os
import sys

import numpy  # noqa: F401 - imported ahead of the job: this is the slow part of starting
import pytest
import pytest_timeout  # noqa: F401

import checker.expect  # noqa: F401


def main() -> int:
    line = sys.stdin.readline()
    if not line:
        return 0  # a spare that was never given a job
    order = json.loads(line)
    os.environ.update(order["env"])
    return int(pytest.main(order["argv"]))


if __name__ == "__main__":
    sys.exit(main())
