"""Computes the answer and forgets to return it."""
# expect: it returned None
# expect: `return`
import numpy as np


def perceptron(x, w, b):
    fires = int(np.dot(w, x) + b > 0)  # noqa: F841


def and_perceptron(x1, x2):
    return perceptron([x1, x2], [1, 1], -1.5)


def nor_perceptron(x1, x2):
    return perceptron([x1, x2], [-1, -1], 0.5)
