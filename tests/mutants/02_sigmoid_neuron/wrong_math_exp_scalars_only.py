"""math.exp: right for one number, but it cannot take an array."""
# expect: Called sigmoid(z=array([
# expect: it raised TypeError
# expect: Hint: math.exp takes one number; np.exp takes a whole array
import math


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def neuron(x, w, b):
    return sigmoid(x @ w + b)
