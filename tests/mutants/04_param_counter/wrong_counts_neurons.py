"""Counts the neurons instead of the parameters."""
# expect: Called count_params(sizes=[
# expect: n_in * n_out weights
def count_params(sizes):
    return sum(sizes)
