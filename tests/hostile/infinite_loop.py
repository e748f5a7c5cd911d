"""A loop that never ends."""
# expect-status: failed
# expect: ran longer than
# expect: is there a loop that never ends?
def __getattr__(name):
    def spin(*args):
        while True:
            pass

    return spin
