"""Drops the minus sign: 1 / (1 + e^z) is sigmoid(-z), so the S-curve runs backwards."""
# expect: Called sigmoid(z=
# expect: with a minus sign in the exponent
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(z))


def neuron(x, w, b):
    return sigmoid(x @ w + b)
