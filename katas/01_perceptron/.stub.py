"""Kata 01: the perceptron, and AND / NOR built from it. Read README.md beside this file first."""


def perceptron(x, w, b):
    """Fire (1) when the weighted sum w·x + b is greater than 0, else stay quiet (0).

    x, w: sequences (lists or 1-D NumPy arrays) of the same length; b: a number.
    Returns 1 or 0.
    """
    # TODO: add up w[i] * x[i] for every i, add b, and return 1 if the total is > 0, else 0.
    raise NotImplementedError("perceptron: return 1 if w·x + b > 0, else 0")


def and_perceptron(x1, x2):
    """x1 AND x2 for inputs 0 or 1, computed by `perceptron` with weights and a bias you choose."""
    # TODO: return perceptron([x1, x2], w, b) with a w and b that make only (1, 1) fire.
    raise NotImplementedError("and_perceptron: call perceptron with weights and a bias that make AND")


def nor_perceptron(x1, x2):
    """NOT (x1 OR x2) for inputs 0 or 1: 1 only when both inputs are 0."""
    # TODO: return perceptron([x1, x2], w, b) with a w and b that make only (0, 0) fire.
    raise NotImplementedError("nor_perceptron: call perceptron with weights and a bias that make NOR")
