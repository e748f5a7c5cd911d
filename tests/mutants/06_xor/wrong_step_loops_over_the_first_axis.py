"""step written as a list comprehension over z: fine for a 1-D array, broken for a 2-D one."""
# expect: Called step(z=array of shape
# expect: it raised ValueError
import numpy as np

W1 = np.array([[1.0, -1.0], [1.0, -1.0]])
b1 = np.array([-0.5, 1.5])
W2 = np.array([[1.0], [1.0]])
b2 = np.array([-1.5])


def step(z):
    return np.array([1 if v > 0 else 0 for v in z])


def xor_net(X):
    hidden = step(X @ W1 + b1)
    return step(hidden @ W2 + b2)[:, 0]
