"""Makes X two-dimensional to be safe: one sample comes back as a (1, n_out) row, not (n_out,)."""
# expect: Called forward(X=
# expect: it returned array of shape (1,
# expect: but the tests expected an array of shape
# expect: with no reshaping
import numpy as np


def forward(X, layers):
    a = np.atleast_2d(X)
    for i, (W, b) in enumerate(layers):
        z = a @ W + b
        a = np.maximum(z, 0) if i < len(layers) - 1 else 1 / (1 + np.exp(-z))
    return a
