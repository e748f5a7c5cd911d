"""Forgets step on the hidden layer: the raw sums go into the output neuron."""
# expect: Called xor_net(X=array([[1, 1],
# expect: then through the output neuron
import numpy as np

W1 = np.array([[1.0, -1.0], [1.0, -1.0]])
b1 = np.array([-0.5, 1.5])
W2 = np.array([[1.0], [1.0]])
b2 = np.array([-1.5])


def step(z):
    return (np.asarray(z) > 0).astype(int)


def xor_net(X):
    hidden = X @ W1 + b1
    return step(hidden @ W2 + b2)[:, 0]
