"""relu with np.max, which reduces the array to its largest values instead of comparing each value with 0."""
# expect: Called relu(z=
# expect: but the tests expected an array of shape
# expect: np.max gives an array's largest value
import numpy as np


def relu(z):
    return np.max(z, 0)


def layer(X, W, b):
    return relu(X @ W + b)
