"""Hidden OR and AND with the right output weights (1 and -2) but a positive output bias: with both
inputs off the bias alone fires the output, and the network computes NAND."""
# expect: the network gives 1 for (0, 0); XOR(0, 0) is 0.
# expect: (that is NAND)
# expect: only the biases count
import numpy as np

W1 = np.array([[1.0, 1.0], [1.0, 1.0]])
b1 = np.array([-0.5, -1.5])
W2 = np.array([[1.0], [-2.0]])
b2 = np.array([0.5])


def step(z):
    return (np.asarray(z) > 0).astype(int)


def xor_net(X):
    hidden = step(X @ W1 + b1)
    return step(hidden @ W2 + b2)[:, 0]
