"""relu with Python's built-in max, which cannot compare a whole array with 0."""
# expect: Called relu(z=
# expect: it raised ValueError
# expect: Python's max(z, 0)
import numpy as np


def relu(z):
    return max(z, 0)


def layer(X, W, b):
    return relu(np.dot(X, W) + b)
