"""Kata 04, reference solution."""

from itertools import pairwise


def count_params(sizes):
    # pairwise([4, 8, 8, 3]) gives (4, 8), (8, 8), (8, 3): one pair per layer, and none for a single size,
    # so the sum of nothing is the int 0.
    # Each of a layer's n_out neurons has a weight for each of its n_in inputs plus one bias: (n_in + 1) * n_out.
    return sum((n_in + 1) * n_out for n_in, n_out in pairwise(sizes))
