"""np.einsum for the weighted sums ("..." keeps a single sample working), np.where with >= for relu."""
import numpy as np


def relu(z):
    return np.where(z >= 0, z, 0.0)


def layer(X, W, b):
    return relu(np.einsum("...i,io->...o", X, W) + b)
