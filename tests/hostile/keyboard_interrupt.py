"""Raises KeyboardInterrupt, which ends a plain pytest session early."""
# expect-status: failed
# expect: it raised KeyboardInterrupt
def __getattr__(name):
    def interrupt(*args):
        raise KeyboardInterrupt

    return interrupt
