"""Makes NumPy's comparisons say yes to anything, then answers wrongly."""
# expect-status: failed
# expect: replaced numpy.allclose
import numpy as np
import numpy.testing

np.allclose = lambda *args, **kwargs: True
np.isclose = lambda a, b, *args, **kwargs: np.ones_like(a, dtype=bool)
np.array_equal = lambda *args, **kwargs: True
numpy.testing.assert_allclose = lambda *args, **kwargs: None


def __getattr__(name):
    return lambda *args: 0.5
