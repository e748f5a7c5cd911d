"""Kata 03, reference solution."""

import numpy as np


def relu(z):
    # np.maximum compares every value with 0 on its own; np.max would reduce z to its single largest value.
    return np.maximum(z, 0)


def layer(X, W, b):
    # One matrix product serves every sample and every neuron: row s of X @ W holds sample s's weighted
    # sums, one per neuron. A single sample x of shape (n_in,) gives x @ W of shape (n_out,) the same way.
    out = X @ W
    # b holds one bias per neuron; broadcasting adds it to every row. In place: no second array.
    out += b
    # relu(out), in place as well, so the layer allocates exactly one array: its output.
    return np.maximum(out, 0, out=out)
