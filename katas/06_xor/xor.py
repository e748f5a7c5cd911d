"""Kata 06: XOR by hand, with a hidden layer of two step neurons. Read README.md beside this file first."""

import numpy as np  # noqa: F401 - you will want it for the weights and the functions

# TODO: choose the hidden layer's weights. W1[i][j] is the weight from input i to hidden neuron j,
# b1[j] is hidden neuron j's bias. NumPy arrays (or nested lists) of exactly these shapes.
W1 = None  # shape (2, 2)
b1 = None  # shape (2,)

# TODO: choose the output neuron's weights. W2[j][0] is the weight from hidden neuron j to the output,
# b2[0] is the output's bias.
W2 = None  # shape (2, 1)
b2 = None  # shape (1,)


def step(z):
    """The step activation, entry by entry: 1 where z > 0, else 0 (exactly 0 gives 0).

    z: a NumPy array of any shape. Returns an array of the same shape holding 0s and 1s.
    """
    # TODO: compare every entry of z with 0 at once and turn the True/False answers into 1/0.
    raise NotImplementedError("step: return an array shaped like z, 1 where z > 0 and 0 elsewhere")


def xor_net(X):
    """The two-layer step network with weights W1, b1, W2, b2, for a batch of inputs.

    X: array of shape (n, 2), one pair of inputs (0 or 1) per row.
    Returns a 1-D array of shape (n,): the network's answer, 0 or 1, for each row.
    """
    # TODO: hidden = step of (X times W1, plus b1), shape (n, 2); then the output neuron on hidden, flattened to (n,).
    raise NotImplementedError("xor_net: return the network's 0/1 answer for each row of X, as a 1-D array")
