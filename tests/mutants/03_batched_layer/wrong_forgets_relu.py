"""Returns the weighted sums X @ W + b without relu."""
# expect: Called layer(X=
# expect: the layer's output is relu of the weighted sums
import numpy as np


def relu(z):
    return np.maximum(z, 0)


def layer(X, W, b):
    return X @ W + b
