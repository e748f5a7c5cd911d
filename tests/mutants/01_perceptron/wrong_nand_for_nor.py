"""NOR built as NAND: the bias is so high that one input cannot pull the sum below 0."""
# expect: Called nor_perceptron(x1=0, x2=1): it returned 1, but the tests expected 0.
import numpy as np


def perceptron(x, w, b):
    return int(np.dot(w, x) + b > 0)


def and_perceptron(x1, x2):
    return perceptron([x1, x2], [1, 1], -1.5)


def nor_perceptron(x1, x2):
    return perceptron([x1, x2], [-1, -1], 1.5)
