"""Hidden neurons in the other order (NAND first, then OR), uneven weights, and xor_net written
neuron by neuron with column slices and np.dot, returning floats."""
import numpy as np

W1 = np.array([[-0.3, 2.0], [-0.7, 2.0]])
b1 = np.array([0.9, -1.0])
W2 = np.array([[3.0], [0.5]])
b2 = np.array([-3.2])


def step(z):
    return (np.asarray(z) > 0) * 1.0


def xor_net(X):
    X = np.asarray(X, dtype=float)
    h0 = step(np.dot(X, W1[:, 0]) + b1[0])
    h1 = step(np.dot(X, W1[:, 1]) + b1[1])
    return step(h0 * W2[0, 0] + h1 * W2[1, 0] + b2[0])
