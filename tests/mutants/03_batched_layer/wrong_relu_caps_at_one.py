"""relu clipped to [0, 1], as if it were a probability: values above 1 are cut."""
# expect: Called relu(z=
# expect: positive values stay exactly as they are
import numpy as np


def relu(z):
    return np.clip(z, 0, 1)


def layer(X, W, b):
    return relu(X @ W + b)
