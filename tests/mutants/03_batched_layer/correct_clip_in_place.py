"""np.clip with no upper bound, and the layer done in place with out= arguments."""
import numpy as np


def relu(z):
    return np.clip(z, 0, None)


def layer(X, W, b):
    out = np.matmul(X, W)
    np.add(out, b, out=out)
    return np.clip(out, 0, None, out=out)
