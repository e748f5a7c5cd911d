"""ReLU after every layer, the last one included: the sigmoid is never applied."""
# expect: Called forward(X=array of shape
# expect: with one layer there is no hidden layer
import numpy as np


def forward(X, layers):
    a = X
    for W, b in layers:
        a = np.maximum(a @ W + b, 0)
    return a
