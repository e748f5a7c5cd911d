"""Adds the bias after relu, so outputs can be negative."""
# expect: Called layer(X=
# expect: add b to X @ W, then apply relu
import numpy as np


def relu(z):
    return np.maximum(z, 0)


def layer(X, W, b):
    return relu(X @ W) + b
