"""Takes W as neurons × inputs (one row per neuron) and transposes it: the shapes no longer fit."""
# expect: Called layer(X=
# expect: it raised ValueError
# expect: no .T is needed
import numpy as np


def relu(z):
    return np.maximum(z, 0)


def layer(X, W, b):
    return relu(X @ W.T + b)
