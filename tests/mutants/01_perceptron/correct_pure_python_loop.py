"""Pure Python: an explicit loop and an if/else."""


def perceptron(x, w, b):
    total = b
    for i in range(len(x)):
        total += w[i] * x[i]
    if total > 0:
        return 1
    else:
        return 0


def and_perceptron(x1, x2):
    return perceptron([x1, x2], [0.5, 0.5], -0.75)


def nor_perceptron(x1, x2):
    return perceptron([x1, x2], [-2, -2], 1)
