"""step uses >= instead of >: a sum of exactly 0 fires. With integer weights whose sums hit exactly 0
(OR as x1 + x2 > 0, AND as x1 + x2 - 1 > 0), the network breaks."""
# expect: Called step(z=array(
# expect: use >, not >=
import numpy as np

W1 = np.array([[1, 1], [1, 1]])
b1 = np.array([0, -1])
W2 = np.array([[1], [-2]])
b2 = np.array([0])


def step(z):
    return (np.asarray(z) >= 0).astype(int)


def xor_net(X):
    hidden = step(X @ W1 + b1)
    return step(hidden @ W2 + b2)[:, 0]
