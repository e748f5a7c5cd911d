"""Threshold style (w·x > θ with θ = -b) and np.heaviside, which returns floats 0.0 / 1.0."""
import numpy as np


def perceptron(x, w, b):
    threshold = -b
    return np.heaviside(np.dot(x, w) - threshold, 0.0)


def and_perceptron(x1, x2):
    return int(perceptron([x1, x2], [1, 1], -1.9))


def nor_perceptron(x1, x2):
    return perceptron((x1, x2), (-0.5, -0.5), 0.1)
