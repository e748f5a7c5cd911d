"""A loop that catches everything, the per-test timeout included: only the parent can stop it."""
# expect-status: timeout
# expect: were still running after
def __getattr__(name):
    def spin(*args):
        while True:
            try:
                while True:
                    pass
            except BaseException:
                pass

    return spin
