"""Returns the weighted sum plus bias itself (the pre-activation), forgetting to squash it."""
# expect: Called neuron(x=array(
# expect: then squash the total with sigmoid
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def neuron(x, w, b):
    return x @ w + b
