"""Kata 02: the sigmoid, and a neuron that squashes its weighted sum with it. Read README.md first."""


def sigmoid(z):
    """1 / (1 + e^(-z)), a number between 0 and 1, for every element of z.

    z: a Python number or a NumPy array of any shape.
    Returns a number for a number, an array of z's shape for an array.
    """
    # TODO: return 1 / (1 + e^(-z)), written so that it works on whole NumPy arrays too.
    raise NotImplementedError("sigmoid: return 1 / (1 + e^(-z)) for every element of z")


def neuron(x, w, b):
    """The output of one sigmoid neuron: sigmoid(x @ w + b).

    x: one sample, shape (k,), or a batch of samples, one per row, shape (n, k).
    w: the weights, shape (k,); b: the bias, a number.
    Returns a number for one sample, an array of shape (n,) for a batch.
    """
    # TODO: return sigmoid of the weighted sum x @ w plus the bias b.
    raise NotImplementedError("neuron: return sigmoid(x @ w + b), one output per sample")
