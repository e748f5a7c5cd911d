"""Computes the neuron's output and forgets to return it."""
# expect: Called neuron(x=array(
# expect: it returned None
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def neuron(x, w, b):
    output = sigmoid(x @ w + b)  # noqa: F841
