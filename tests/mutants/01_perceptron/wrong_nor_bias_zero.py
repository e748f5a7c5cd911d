"""NOR with a bias of 0: for (0, 0) the sum is exactly 0, so it never fires."""
# expect: Called nor_perceptron(x1=0, x2=0): it returned 0, but the tests expected 1.
# expect: Hint: NOR fires for (0, 0), where only the bias counts
import numpy as np


def perceptron(x, w, b):
    return int(np.dot(w, x) + b > 0)


def and_perceptron(x1, x2):
    return perceptron([x1, x2], [1, 1], -1.5)


def nor_perceptron(x1, x2):
    return perceptron([x1, x2], [-1, -1], 0)
