"""AND built with OR's bias: one input alone is enough to fire."""
# expect: Called and_perceptron(x1=0, x2=1): it returned 1, but the tests expected 0.
# expect: Hint: AND fires only for (1, 1)
import numpy as np


def perceptron(x, w, b):
    return int(np.dot(w, x) + b > 0)


def and_perceptron(x1, x2):
    return perceptron([x1, x2], [1, 1], -0.5)


def nor_perceptron(x1, x2):
    return perceptron([x1, x2], [-1, -1], 0.5)
