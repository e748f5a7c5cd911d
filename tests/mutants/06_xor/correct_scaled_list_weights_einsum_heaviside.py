"""Weights ten times the usual ones, as plain nested lists; step via np.heaviside (floats 0.0 / 1.0);
xor_net with einsum and ravel."""
import numpy as np

W1 = [[10, -10], [10, -10]]
b1 = [-5, 15]
W2 = [[10], [10]]
b2 = [-15]


def step(z):
    return np.heaviside(z, 0.0)


def xor_net(X):
    hidden = step(np.einsum("ni,ij->nj", X, np.array(W1)) + np.array(b1))
    return step(np.einsum("nj,jk->nk", hidden, np.array(W2)) + np.array(b2)).ravel()
