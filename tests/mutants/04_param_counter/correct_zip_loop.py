"""The beginner's loop over neighbouring pairs."""


def count_params(sizes):
    total = 0
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        weights = n_in * n_out
        biases = n_out
        total = total + weights + biases
    return total
