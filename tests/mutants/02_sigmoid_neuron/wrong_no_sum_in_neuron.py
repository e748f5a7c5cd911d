"""Multiplies x and w element by element and never adds the products up."""
# expect: Called neuron(x=array(
# expect: but the tests expected a single number.
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def neuron(x, w, b):
    return sigmoid(x * w + b)
