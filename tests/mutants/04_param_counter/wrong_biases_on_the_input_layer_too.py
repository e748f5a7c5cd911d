"""Believes every neuron has a bias, the inputs included: adds sum(sizes) instead of sum(sizes[1:])."""
# expect: Called count_params(sizes=[
# expect: but the tests expected
# expect: the inputs have none
def count_params(sizes):
    weights = sum(sizes[i] * sizes[i + 1] for i in range(len(sizes) - 1))
    biases = sum(sizes)
    return weights + biases
