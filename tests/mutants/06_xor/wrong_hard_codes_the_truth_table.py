"""xor_net ignores the weights and computes XOR directly, while the weights themselves compute OR."""
# expect: With your weights W1, b1, W2, b2, the network gives 1 for (1, 1)
# expect: (that is OR)
import numpy as np

W1 = np.array([[1.0, 1.0], [1.0, 1.0]])
b1 = np.array([-0.5, -0.5])
W2 = np.array([[1.0], [1.0]])
b2 = np.array([-0.5])


def step(z):
    return (np.asarray(z) > 0).astype(int)


def xor_net(X):
    return X[:, 0] ^ X[:, 1]
