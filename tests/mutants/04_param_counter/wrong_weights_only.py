"""Counts the weights and forgets the biases."""
# expect: Called count_params(sizes=[
# expect: plus n_out biases
def count_params(sizes):
    total = 0
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        total += n_in * n_out
    return total
