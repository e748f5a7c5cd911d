"""Flattens with .squeeze(): a batch of one row comes back as a 0-d array, not shape (1,)."""
# expect: Called xor_net(X=array([[0, 1]])): it returned 1 (a 0-d array), of shape ()
# expect: not .squeeze()
import numpy as np

W1 = np.array([[1.0, -1.0], [1.0, -1.0]])
b1 = np.array([-0.5, 1.5])
W2 = np.array([[1.0], [1.0]])
b2 = np.array([-1.5])


def step(z):
    return (np.asarray(z) > 0).astype(int)


def xor_net(X):
    hidden = step(X @ W1 + b1)
    return step(hidden @ W2 + b2).squeeze()
