"""relu overwrites its argument in place (np.maximum with out=) and returns it."""
import numpy as np


def relu(z):
    np.maximum(z, 0, out=z)
    return z


def layer(X, W, b):
    z = X @ W
    z += b
    return relu(z)
