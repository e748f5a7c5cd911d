"""Both hidden neurons made AND (bias -1.5 copied to both), so the network computes AND."""
# expect: the network gives 0 for (0, 1); XOR(0, 1) is 1.
# expect: (that is AND)
# expect: XOR is 'OR, but not AND'
import numpy as np

W1 = np.array([[1.0, 1.0], [1.0, 1.0]])
b1 = np.array([-1.5, -1.5])
W2 = np.array([[1.0], [1.0]])
b2 = np.array([-1.5])


def step(z):
    return (np.asarray(z) > 0).astype(int)


def xor_net(X):
    hidden = step(X @ W1 + b1)
    return step(hidden @ W2 + b2)[:, 0]
