"""Forgets the bias: the weighted sum goes through the sigmoid without b."""
# expect: Called neuron(x=array(
# expect: add the bias b to the weighted sum
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def neuron(x, w, b):
    return sigmoid(x @ w)
