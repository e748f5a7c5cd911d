"""Multiplies by the weights and never adds the biases."""
# expect: Called forward(X=array of shape
# expect: the bias added
import numpy as np


def forward(X, layers):
    a = X
    for i, (W, b) in enumerate(layers):
        z = a @ W
        a = np.maximum(z, 0) if i < len(layers) - 1 else 1 / (1 + np.exp(-z))
    return a
