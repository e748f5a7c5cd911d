"""xor_net uses the sigmoid as activation (as in later katas), so its answers are not 0 or 1."""
# expect: Called xor_net(X=array([[1, 1],
# expect: both layers use step, so every answer is exactly 0 or 1
import numpy as np

W1 = np.array([[1.0, -1.0], [1.0, -1.0]])
b1 = np.array([-0.5, 1.5])
W2 = np.array([[1.0], [1.0]])
b2 = np.array([-1.5])


def step(z):
    return (np.asarray(z) > 0).astype(int)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def xor_net(X):
    hidden = sigmoid(X @ W1 + b1)
    return sigmoid(hidden @ W2 + b2)[:, 0]
