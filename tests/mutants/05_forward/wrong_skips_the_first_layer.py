"""Takes layers[0] for the input layer and starts the hidden layers at layers[1]."""
# expect: Called forward(X=array of shape
# expect: it raised ValueError
import numpy as np


def forward(X, layers):
    a = X
    for W, b in layers[1:-1]:
        a = np.maximum(a @ W + b, 0)
    W, b = layers[-1]
    return 1 / (1 + np.exp(-(a @ W + b)))
