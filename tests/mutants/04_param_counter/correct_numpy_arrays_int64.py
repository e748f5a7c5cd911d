"""NumPy integer arrays throughout: the answer is an np.int64, which is a whole number."""
import numpy as np


def count_params(sizes):
    sizes = np.asarray(sizes)
    inputs, outputs = sizes[:-1], sizes[1:]
    return np.sum(inputs * outputs + outputs)
