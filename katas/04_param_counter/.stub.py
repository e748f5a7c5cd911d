"""Kata 04: count the numbers a fully connected network learns. Read README.md beside this file first."""


def count_params(sizes):
    """The number of learnable parameters (weights and biases) of a fully connected network.

    sizes: a list (or tuple) of ints, the number of neurons in each layer, input size first,
           e.g. [4, 8, 8, 3]: 4 inputs, two hidden layers of 8 neurons, 3 outputs.
    Returns an int: all the weights plus all the biases (0 for a single size: no layer at all).
    """
    # TODO: for each pair of neighbouring sizes (n_in, n_out), add n_in * n_out weights and n_out biases.
    raise NotImplementedError("count_params: return the total number of weights and biases, as an int")
