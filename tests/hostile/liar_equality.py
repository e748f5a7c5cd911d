"""Returns numbers that claim to equal anything."""
# expect-status: failed
# expect: it returned


class Liar(float):
    def __eq__(self, other):
        return True

    __hash__ = float.__hash__


def __getattr__(name):
    return lambda *args: Liar(0.5)
