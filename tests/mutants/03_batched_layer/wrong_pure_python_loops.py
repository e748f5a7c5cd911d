"""Right values from plain Python loops over samples, neurons and inputs: far too slow for a batch."""
# expect: Called layer(X=array of shape (10000, 4)
# expect: samples/s
# expect: Hint: remove the Python loop over samples
import numpy as np


def relu(z):
    return np.where(z > 0, z, 0.0)


def neurons(x, W, b):
    return [max(sum(x[i] * W[i][j] for i in range(len(x))) + b[j], 0.0) for j in range(len(b))]


def layer(X, W, b):
    X, W, b = np.asarray(X).tolist(), np.asarray(W).tolist(), np.asarray(b).tolist()
    if not isinstance(X[0], list):
        return np.array(neurons(X, W, b))
    return np.array([neurons(x, W, b) for x in X])
