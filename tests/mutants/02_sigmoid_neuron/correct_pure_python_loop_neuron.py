"""The neuron with explicit Python loops: one sample at a time, the batch collected into a NumPy array."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def neuron(x, w, b):
    if x.ndim == 1:
        total = b
        for i in range(len(w)):
            total += x[i] * w[i]
        return sigmoid(total)
    outputs = []
    for row in x:
        outputs.append(neuron(row, w, b))
    return np.array(outputs)
