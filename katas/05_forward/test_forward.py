"""Kata 05: a network is layers of z = a @ W + b, with ReLU between them and sigmoid at the end."""

import math
from itertools import pairwise

import numpy as np
import pytest

from checker.expect import distinct_sizes, expect_close, kata_function

forward = kata_function("forward")
forward_softmax = kata_function("forward_softmax")

# Loose enough for an answer computed in float32, far tighter than any mistake.
TOLERANCE = {"rtol": 1e-5, "atol": 1e-6}


# --------------------------------------------------------------------------- the spec, by hand


def weighted_sums(a, W, b):
    """z[j] = a[0] * W[0][j] + a[1] * W[1][j] + ... + b[j], for one sample."""
    return [sum(a[i] * W[i][j] for i in range(len(a))) + b[j] for j in range(len(b))]


def last_z(x, layers):
    """The last layer's weighted sums for one sample; every layer before it is followed by ReLU."""
    a = x.tolist()
    for W, b in layers[:-1]:
        a = [max(z, 0.0) for z in weighted_sums(a, W.tolist(), b.tolist())]
    W, b = layers[-1]
    return weighted_sums(a, W.tolist(), b.tolist())


def sigmoid(z):
    return [1 / (1 + math.exp(-v)) for v in z]


def softmax(z):
    top = max(z)  # e^(z - top) / sum e^(z - top) is e^z / sum e^z, without overflow
    e = [math.exp(v - top) for v in z]
    return [v / sum(e) for v in e]


def by_hand(X, layers, output=sigmoid):
    """The network's output, one sample at a time."""
    if X.ndim == 1:
        return np.array(output(last_z(X, layers)))
    return np.array([output(last_z(x, layers)) for x in X])


# --------------------------------------------------------------------------- inputs


def random_nets(count, depths, seed, one_sample=False):
    """Nets of a depth drawn from `depths`. Inputs, weights and biases are centred on 0, so about half
    of the weighted sums are negative and ReLU matters; weights shrink with n_in, so the outputs stay
    away from sigmoid's flat ends. Every layer size differs, and the batch is larger than any of them."""
    rng = np.random.default_rng(seed)
    cases = []
    for i in range(count):
        depth = int(rng.choice(depths))
        n, sizes = int(rng.integers(10, 13)), distinct_sizes(rng, depth + 1, low=3)
        X = rng.normal(size=sizes[0] if one_sample else (n, sizes[0]))
        layers = [(rng.normal(size=(n_in, n_out)) / math.sqrt(n_in), rng.normal(size=n_out))
                  for n_in, n_out in pairwise(sizes)]
        cases.append(pytest.param(X, layers, id=f"net{i + 1}"))
    return cases


# --------------------------------------------------------------------------- forward


@pytest.mark.parametrize("X, layers", random_nets(5, [1], seed=1))
def test_a_one_layer_net_is_the_sigmoid_of_its_weighted_sums(X, layers):
    expect_close(forward, (X, layers), by_hand(X, layers), **TOLERANCE,
                 hint="with one layer there is no hidden layer: the answer is sigmoid(X @ W + b), "
                      "with W as given (shape (n_in, n_out)), the bias added, and no ReLU.")


@pytest.mark.parametrize("X, layers", random_nets(8, [3], seed=2))
def test_every_hidden_layer_uses_relu_and_the_last_layer_sigmoid(X, layers):
    expect_close(forward, (X, layers), by_hand(X, layers), **TOLERANCE,
                 hint="each layer computes z = a @ W + b from the previous layer's output a; then "
                      "a = np.maximum(z, 0) after every layer but the last (each hidden layer, not only "
                      "one of them), and sigmoid only after the last.")


@pytest.mark.parametrize("X, layers", random_nets(8, [2, 4, 5], seed=3))
def test_any_depth_works(X, layers):
    expect_close(forward, (X, layers), by_hand(X, layers), **TOLERANCE,
                 hint="loop over all of `layers`, whatever its length: ReLU after each layer but the last, "
                      "sigmoid after the last.")


@pytest.mark.parametrize("x, layers", random_nets(5, [1, 3], seed=4, one_sample=True))
def test_one_sample_gives_one_row_of_outputs(x, layers):
    expect_close(forward, (x, layers), by_hand(x, layers), **TOLERANCE,
                 hint="a single sample x of shape (k,) gives an output of shape (n_out,): x @ W + b works "
                      "for it as it is, with no reshaping.")


# --------------------------------------------------------------------------- ★ softmax output


@pytest.mark.stretch
@pytest.mark.parametrize("X, layers", random_nets(5, [1, 3], seed=5))
def test_softmax_turns_each_row_of_the_output_into_probabilities(X, layers):
    expect_close(forward_softmax, (X, layers), by_hand(X, layers, output=softmax), **TOLERANCE,
                 hint="hidden layers as in forward; then e = np.exp(z) of the last layer's z, divided by "
                      "the sum of e over the last axis (axis=-1, keepdims=True), so each row adds up to 1.")


@pytest.mark.stretch
@pytest.mark.parametrize("x, layers", random_nets(3, [3], seed=6, one_sample=True))
def test_softmax_of_one_sample_adds_up_to_1(x, layers):
    expect_close(forward_softmax, (x, layers), by_hand(x, layers, output=softmax), **TOLERANCE,
                 hint="for one sample the output is a single row: sum over axis=-1 (the last axis), "
                      "which works for (k,) and (n, k) alike.")


@pytest.mark.stretch
@pytest.mark.parametrize("X, layers", random_nets(3, [1, 3], seed=7))
def test_softmax_survives_large_weighted_sums(X, layers):
    W, b = layers[-1]
    layers = [*layers[:-1], (W, b + 1000.0)]  # every output z near 1000: np.exp overflows to inf
    expect_close(forward_softmax, (X, layers), by_hand(X, layers, output=softmax), **TOLERANCE,
                 hint="np.exp(1000) is inf, and inf / inf is nan: subtract each row's largest z first "
                      "(z.max(axis=-1, keepdims=True)); softmax does not change when all of a row's z shift.")
