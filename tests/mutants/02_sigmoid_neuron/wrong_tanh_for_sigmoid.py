"""Uses tanh, another S-shaped activation, but one that runs from -1 to 1 and is 0 at 0."""
# expect: Called sigmoid(z=0): it returned 0, but the tests expected 0.5.
# expect: tanh and relu give 0 here
import numpy as np


def sigmoid(z):
    return np.tanh(z)


def neuron(x, w, b):
    return sigmoid(x @ w + b)
