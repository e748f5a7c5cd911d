"""xor_net returns the output layer as it comes, shape (n, 1), instead of a 1-D array of n answers."""
# expect: Called xor_net(X=array(
# expect: of shape (4, 1), but the tests expected an array of shape (4,).
# expect: return shape (n,), not (n, 1)
import numpy as np

W1 = np.array([[1.0, -1.0], [1.0, -1.0]])
b1 = np.array([-0.5, 1.5])
W2 = np.array([[1.0], [1.0]])
b2 = np.array([-1.5])


def step(z):
    return (np.asarray(z) > 0).astype(int)


def xor_net(X):
    hidden = step(X @ W1 + b1)
    return step(hidden @ W2 + b2)
