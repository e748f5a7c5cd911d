"""Right values, one sample at a time: a Python loop over the rows of X is far slower than X @ W."""
# expect: Called layer(X=array of shape (10000, 4)
# expect: samples/s
# expect: times as fast; the tests expect at least 0.03 times.
# expect: Hint: remove the Python loop over samples
import numpy as np


def relu(z):
    return np.maximum(z, 0)


def layer(X, W, b):
    if X.ndim == 1:
        return relu(X @ W + b)
    outputs = []
    for x in X:
        outputs.append(relu(x @ W + b))
    return np.array(outputs)
