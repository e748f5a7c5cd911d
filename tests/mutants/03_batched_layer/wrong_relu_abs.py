"""relu as the absolute value: negative values flip sign instead of becoming 0."""
# expect: Called relu(z=
# expect: negative ones become 0
import numpy as np


def relu(z):
    return np.abs(z)


def layer(X, W, b):
    return relu(X @ W + b)
