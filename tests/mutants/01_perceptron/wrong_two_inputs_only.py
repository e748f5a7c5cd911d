"""Hard-codes two inputs, as if every perceptron were a logic gate."""
# expect: Called perceptron(
# expect: but the tests expected
def perceptron(x, w, b):
    return int(w[0] * x[0] + w[1] * x[1] + b > 0)


def and_perceptron(x1, x2):
    return perceptron([x1, x2], [1, 1], -1.5)


def nor_perceptron(x1, x2):
    return perceptron([x1, x2], [-1, -1], 0.5)
