"""Turns the sizes into a float array first, as for the data of earlier katas: returns e.g. 139.0."""
# expect: Called count_params(sizes=[
# expect: a float64; the answer is a count, so return an int
import numpy as np


def count_params(sizes):
    sizes = np.asarray(sizes, dtype=float)
    return np.sum(sizes[:-1] * sizes[1:] + sizes[1:])
