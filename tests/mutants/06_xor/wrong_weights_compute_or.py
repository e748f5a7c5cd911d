"""Hidden OR and AND, but AND's weight into the output is +1 instead of negative: "OR or AND" is OR,
which also fires for (1, 1)."""
# expect: With your weights W1, b1, W2, b2, the network gives 1 for (1, 1); XOR(1, 1) is 0.
# expect: (that is OR)
# expect: Hint: your network also fires for (1, 1)
import numpy as np

W1 = np.array([[1.0, 1.0], [1.0, 1.0]])
b1 = np.array([-0.5, -1.5])
W2 = np.array([[1.0], [1.0]])
b2 = np.array([-0.5])


def step(z):
    return (np.asarray(z) > 0).astype(int)


def xor_net(X):
    hidden = step(X @ W1 + b1)
    return step(hidden @ W2 + b2)[:, 0]
