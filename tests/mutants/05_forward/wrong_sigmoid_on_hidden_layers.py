"""Sigmoid after every layer, hidden ones included, instead of ReLU."""
# expect: Called forward(X=array of shape
# expect: a = np.maximum(z, 0) after every layer but the last
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(X, layers):
    a = X
    for W, b in layers:
        a = sigmoid(a @ W + b)
    return a
