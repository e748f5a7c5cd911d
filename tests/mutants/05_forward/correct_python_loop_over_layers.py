"""The beginner's way: helpers, a loop over the layers, an if for the last one. No softmax (★ skipped)."""
import numpy as np


def relu(z):
    return np.maximum(z, 0)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(X, layers):
    a = X
    for i in range(len(layers)):
        W, b = layers[i]
        z = np.dot(a, W) + b
        if i == len(layers) - 1:
            a = sigmoid(z)
        else:
            a = relu(z)
    return a
