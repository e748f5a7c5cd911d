"""The plainest answer: 1 / (1 + np.exp(-z)), and the neuron in one line (it overflows at z = -1000 with a
warning, which only the optional ★ tests mind)."""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def neuron(x, w, b):
    return sigmoid(x @ w + b)
