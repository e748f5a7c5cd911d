"""No NumPy: nested loops over Python lists, returning lists (one sample: a flat list)."""
import math


def layer(a, W, b, activation):
    return [activation(sum(a[i] * W[i][j] for i in range(len(a))) + b[j]) for j in range(len(b))]


def forward(X, layers):
    one_sample = not hasattr(X[0], "__len__")
    rows = [X] if one_sample else X
    out = []
    for a in rows:
        for index, (W, b) in enumerate(layers):
            last = index == len(layers) - 1
            a = layer(a, W, b, (lambda z: 1 / (1 + math.exp(-z))) if last else (lambda z: max(z, 0.0)))
        out.append(a)
    return out[0] if one_sample else out
