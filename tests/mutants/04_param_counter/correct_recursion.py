"""Recursion: the first layer's parameters plus those of the net that follows it."""


def count_params(sizes):
    if len(sizes) < 2:
        return 0
    return sizes[0] * sizes[1] + sizes[1] + count_params(sizes[1:])
