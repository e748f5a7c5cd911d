"""math.exp for a plain number, np.exp for an array; a batch answered with a list of Python floats."""
import math

import numpy as np


def sigmoid(z):
    if isinstance(z, (int, float)):
        return 1 / (1 + math.exp(-z))
    return 1 / (1 + np.exp(-np.asarray(z)))


def neuron(x, w, b):
    if x.ndim == 2:
        return [float(sigmoid(float(np.dot(row, w)) + b)) for row in x]
    return float(sigmoid(float(np.dot(x, w)) + b))
