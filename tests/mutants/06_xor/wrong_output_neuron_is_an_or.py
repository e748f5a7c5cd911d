"""Hidden OR and NAND as in the usual answer, but the output neuron is an OR of them (bias -0.5) instead
of an AND: one of the two always fires, so the network always answers 1."""
# expect: With your weights W1, b1, W2, b2, the network gives 1 for (0, 0); XOR(0, 0) is 0.
# expect: (that is always 1)
# expect: Hint: your output neuron fires whatever
import numpy as np

W1 = np.array([[1.0, -1.0], [1.0, -1.0]])
b1 = np.array([-0.5, 1.5])
W2 = np.array([[1.0], [1.0]])
b2 = np.array([-0.5])


def step(z):
    return (np.asarray(z) > 0).astype(int)


def xor_net(X):
    hidden = step(X @ W1 + b1)
    return step(hidden @ W2 + b2)[:, 0]
