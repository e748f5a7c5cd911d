"""Forgets the brackets: 1 / 1 + e^(-z) is 1 + e^(-z), not a fraction at all."""
# expect: Called sigmoid(z=0): it returned 2, but the tests expected 0.5.
# expect: mind the brackets around 1 + e^(-z)
import numpy as np


def sigmoid(z):
    return 1 / 1 + np.exp(-z)


def neuron(x, w, b):
    return sigmoid(x @ w + b)
