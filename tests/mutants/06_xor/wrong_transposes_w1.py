"""xor_net multiplies by W1 transposed (weights read as W1[j][i], "row j is neuron j"): with these
weights, hidden neuron 0 becomes x1 - x2 - 0.5 and the network no longer computes XOR."""
# expect: Called xor_net(X=array([[1, 1],
# expect: the tests expected 1, but it holds 0.
# expect: not W1 @ x
import numpy as np

W1 = np.array([[1.0, -1.0], [1.0, -1.0]])
b1 = np.array([-0.5, 1.5])
W2 = np.array([[1.0], [1.0]])
b2 = np.array([-1.5])


def step(z):
    return (np.asarray(z) > 0).astype(int)


def xor_net(X):
    hidden = step(X @ W1.T + b1)
    return step(hidden @ W2 + b2)[:, 0]
