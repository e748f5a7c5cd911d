"""np.sum(x * w) adds up every product of the batch: one number for all the samples together."""
# expect: but the tests expected an array of shape (
# expect: x @ w gives one weighted sum per row, shape (n,)
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def neuron(x, w, b):
    return sigmoid(np.sum(x * w) + b)
