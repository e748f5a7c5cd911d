"""step and xor_net are written, but the weights are still the stub's None."""
# expect: `W1` is still the stub: it is None.
# expect: Set it to an array of shape (2, 2) in
import numpy as np

W1 = None
b1 = None
W2 = None
b2 = None


def step(z):
    return (np.asarray(z) > 0).astype(int)


def xor_net(X):
    hidden = step(X @ W1 + b1)
    return step(hidden @ W2 + b2)[:, 0]
