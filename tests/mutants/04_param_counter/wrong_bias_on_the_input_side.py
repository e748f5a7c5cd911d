"""Gives each layer one bias per input instead of one per neuron: sizes[i] * sizes[i+1] + sizes[i]."""
# expect: Called count_params(sizes=[
# expect: one per neuron; the inputs have none
def count_params(sizes):
    total = 0
    for i in range(len(sizes) - 1):
        total += sizes[i] * sizes[i + 1] + sizes[i]
    return total
