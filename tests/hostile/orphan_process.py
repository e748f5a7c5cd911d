"""Starts a process that outlives the tests and holds their output open."""
# expect-status: failed
# expect: it returned
import subprocess
import sys

subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])


def __getattr__(name):
    return lambda *args: 0.5
