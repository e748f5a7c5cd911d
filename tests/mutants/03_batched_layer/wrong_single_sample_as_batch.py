"""Turns every input into a batch, so a single sample comes back as shape (1, n_out), not (n_out,)."""
# expect: Called layer(X=
# expect: but the tests expected an array of shape
# expect: do not turn x into a batch of one
import numpy as np


def relu(z):
    return np.maximum(z, 0)


def layer(X, W, b):
    X = np.atleast_2d(X)
    return relu(X @ W + b)
