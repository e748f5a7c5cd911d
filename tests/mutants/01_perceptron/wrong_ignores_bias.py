"""Forgets to add the bias."""
# expect: Called perceptron(
# expect: Hint: add up w[i] * x[i], add b
def perceptron(x, w, b):
    return int(sum(wi * xi for wi, xi in zip(w, x)) > 0)


def and_perceptron(x1, x2):
    return perceptron([x1, x2], [1, 1], -1.5)


def nor_perceptron(x1, x2):
    return perceptron([x1, x2], [-1, -1], 0.5)
