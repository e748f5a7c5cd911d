"""A function that calls itself forever."""
# expect-status: failed
# expect: recursed without end
def __getattr__(name):
    def again(*args):
        return again(*args)

    return again
