"""Each layer is fed X instead of the previous layer's output."""
# expect: Called forward(X=array of shape
# expect: it raised ValueError
import numpy as np


def forward(X, layers):
    a = X
    for i, (W, b) in enumerate(layers):
        z = X @ W + b
        a = np.maximum(z, 0) if i < len(layers) - 1 else 1 / (1 + np.exp(-z))
    return a
