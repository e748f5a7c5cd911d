"""The ReLU line is dedented out of the loop: applied once, after the last hidden layer (or to X)."""
# expect: Called forward(X=array of shape
# expect: and no ReLU
import numpy as np


def forward(X, layers):
    a = X
    for W, b in layers[:-1]:
        a = a @ W + b
    a = np.maximum(a, 0)
    W, b = layers[-1]
    return 1 / (1 + np.exp(-(a @ W + b)))
