"""Kata 01, reference solution."""

import numpy as np


def perceptron(x, w, b):
    # np.dot accepts lists and arrays alike; the comparison is strict, so a sum of exactly 0 stays quiet.
    return int(np.dot(w, x) + b > 0)


def and_perceptron(x1, x2):
    # Each input adds 1. The bias -1.5 lets the sum pass 0 only when both inputs are on: 1 + 1 - 1.5.
    return perceptron([x1, x2], [1, 1], -1.5)


def nor_perceptron(x1, x2):
    # Start above 0 (the bias) and let either input pull the sum below it: 0.5 - 1 < 0.
    return perceptron([x1, x2], [-1, -1], 0.5)
