"""Uses >= instead of >: a weighted sum of exactly 0 fires."""
# expect: it returned 1, but the tests expected 0.
# expect: use >, not >=
import numpy as np


def perceptron(x, w, b):
    return int(np.dot(w, x) + b >= 0)


def and_perceptron(x1, x2):
    return perceptron([x1, x2], [1, 1], -1.5)


def nor_perceptron(x1, x2):
    return perceptron([x1, x2], [-1, -1], 0.5)
