"""AND whose bias -2 cancels both inputs exactly: for (1, 1) the sum is 0, and a strict > stays quiet."""
# expect: Called and_perceptron(x1=1, x2=1): it returned 0, but the tests expected 1.
# expect: Hint: AND fires for (1, 1): both weights plus the bias must add up to more than 0
import numpy as np


def perceptron(x, w, b):
    return int(np.dot(w, x) + b > 0)


def and_perceptron(x1, x2):
    return perceptron([x1, x2], [1, 1], -2)


def nor_perceptron(x1, x2):
    return perceptron([x1, x2], [-1, -1], 0.5)
