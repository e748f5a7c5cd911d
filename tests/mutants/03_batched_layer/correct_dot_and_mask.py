"""np.dot for the product, relu as z times the mask (z > 0)."""
import numpy as np


def relu(z):
    return z * (z > 0)


def layer(X, W, b):
    return relu(np.dot(X, W) + b)
