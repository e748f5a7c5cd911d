"""np.einsum for every layer, computed in float32, returning float32."""
import numpy as np


def forward(X, layers):
    a = np.asarray(X, dtype=np.float32)
    for depth, (W, b) in enumerate(layers, start=1):
        z = np.einsum("...i,ij->...j", a, W.astype(np.float32)) + b.astype(np.float32)
        a = z * (z > 0) if depth < len(layers) else 1 / (1 + np.exp(-z))
    return a
