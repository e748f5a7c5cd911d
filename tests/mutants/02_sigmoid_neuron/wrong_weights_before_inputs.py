"""Writes w @ x, as in the maths notation w·x: right for one sample, a shape error for a batch."""
# expect: it raised ValueError
# expect: Hint: x holds one sample per row, shape (n, k)
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def neuron(x, w, b):
    return sigmoid(w @ x + b)
