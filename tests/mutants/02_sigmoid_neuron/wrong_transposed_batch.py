"""Transposes x "to make the shapes fit": harmless for one sample, wrong axes for a batch."""
# expect: Called neuron(x=array of shape
# expect: it raised ValueError
# expect: (w @ x and x.T @ w do not line up the k's)
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def neuron(x, w, b):
    return sigmoid(x.T @ w + b)
