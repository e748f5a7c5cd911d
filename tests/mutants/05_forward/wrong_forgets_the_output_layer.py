"""Loops over the hidden layers, then applies sigmoid without the last layer's W and b."""
# expect: Called forward(X=array of shape
# expect: but the tests expected an array of shape
import numpy as np


def forward(X, layers):
    a = X
    for W, b in layers[:-1]:
        a = np.maximum(a @ W + b, 0)
    return 1 / (1 + np.exp(-a))
