"""Grown from a two-layer net: ReLU after the first layer, but the layers in the middle get none."""
# expect: Called forward(X=array of shape
# expect: each hidden layer, not only one of them
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(X, layers):
    if len(layers) == 1:
        W, b = layers[0]
        return sigmoid(X @ W + b)
    W1, b1 = layers[0]
    h = np.maximum(X @ W1 + b1, 0)
    for W, b in layers[1:-1]:
        h = h @ W + b
    W_out, b_out = layers[-1]
    return sigmoid(h @ W_out + b_out)
