"""Computes in float32, as many networks do: half the memory, and close enough to the float64 answer."""
import numpy as np


def relu(z):
    return np.maximum(z, np.float32(0))


def layer(X, W, b):
    X, W, b = (np.asarray(a, dtype=np.float32) for a in (X, W, b))
    return relu(X @ W + b)
