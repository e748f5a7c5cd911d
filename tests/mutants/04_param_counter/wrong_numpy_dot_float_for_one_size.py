"""np.dot of two empty lists is 0.0, a float: right for every net but a single size."""
# expect: Called count_params(sizes=[
# expect: a float64; the answer is a count, so return an int
import numpy as np


def count_params(sizes):
    return np.dot(sizes[:-1], sizes[1:]) + sum(sizes[1:])
