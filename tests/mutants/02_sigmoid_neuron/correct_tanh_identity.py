"""sigmoid as a shifted, scaled tanh: (tanh(z/2) + 1) / 2; the neuron as w @ x.T, which lines up the k's."""
import numpy as np


def sigmoid(z):
    return (np.tanh(z / 2) + 1) / 2


def neuron(x, w, b):
    return sigmoid(w @ x.T + b)
