"""A stable sigmoid that splits on the sign of z with a boolean mask, kept in z's dtype (float32 stays float32)."""
import numpy as np


def sigmoid(z):
    z = np.asarray(z)
    out = np.empty(z.shape, dtype=np.result_type(z.dtype, np.float32))
    positive = z >= 0
    out[positive] = 1 / (1 + np.exp(-z[positive]))
    e = np.exp(z[~positive])
    out[~positive] = e / (1 + e)
    return out if out.ndim else out[()]


def neuron(x, w, b):
    return sigmoid(np.dot(x, w) + b)
