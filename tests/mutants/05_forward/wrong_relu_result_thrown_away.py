"""Calls np.maximum(z, 0) without out= and without keeping its result: no hidden layer gets its ReLU."""
# expect: Called forward(X=array of shape
# expect: a = np.maximum(z, 0) after every layer but the last
import numpy as np


def forward(X, layers):
    a = X
    for W, b in layers[:-1]:
        z = a @ W
        z += b
        np.maximum(z, 0)
        a = z
    W, b = layers[-1]
    return 1 / (1 + np.exp(-(a @ W + b)))
