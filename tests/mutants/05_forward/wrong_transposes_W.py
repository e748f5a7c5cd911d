"""Uses W.T, as if W had shape (n_out, n_in)."""
# expect: Called forward(X=array of shape
# expect: it raised ValueError
# expect: W.T
import numpy as np


def forward(X, layers):
    a = X
    for i, (W, b) in enumerate(layers):
        z = a @ W.T + b
        a = np.maximum(z, 0) if i < len(layers) - 1 else 1 / (1 + np.exp(-z))
    return a
