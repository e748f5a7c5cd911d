"""relu as the perceptron's step: returns whether each value is positive, not the value itself."""
# expect: Called relu(z=
# expect: positive values stay exactly as they are
import numpy as np


def relu(z):
    return (z > 0).astype(float)


def layer(X, W, b):
    return relu(X @ W + b)
