"""b1 written as a column, shape (2, 1): X @ W1 + b1 then broadcasts to a (2, n) mess."""
# expect: `b1` in
# expect: of shape (2, 1), but the kata asks for shape (2,).
# expect: one bias per hidden neuron, a 1-D array of two numbers
import numpy as np

W1 = np.array([[1.0, -1.0], [1.0, -1.0]])
b1 = np.array([[-0.5], [1.5]])
W2 = np.array([[1.0], [1.0]])
b2 = np.array([-1.5])


def step(z):
    return (np.asarray(z) > 0).astype(int)


def xor_net(X):
    hidden = step(X @ W1 + b1)
    return step(hidden @ W2 + b2)[:, 0]
