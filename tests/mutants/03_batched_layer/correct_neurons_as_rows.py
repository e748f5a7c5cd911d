"""Thinks of neurons as rows: (W.T @ X.T).T, and relu as (z + |z|) / 2."""
import numpy as np


def relu(z):
    return (z + np.abs(z)) / 2


def layer(X, W, b):
    return relu((W.T @ X.T).T + b)
