"""Returns the weighted sum itself, forgetting the step to 0 or 1."""
# expect: Called perceptron(x=array(
# expect: but the tests expected 1.
import numpy as np


def perceptron(x, w, b):
    return np.dot(w, x) + b


def and_perceptron(x1, x2):
    return perceptron([x1, x2], [1, 1], -1.5)


def nor_perceptron(x1, x2):
    return perceptron([x1, x2], [-1, -1], 0.5)
