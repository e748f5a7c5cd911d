"""A typo: a missing colon."""
# expect-status: failed
# expect: has a syntax error on line 7
# expect: ^


def perceptron(x, w, b)
    return 1
