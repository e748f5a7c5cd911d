"""Kata 03: a layer sends every sample through every neuron at once: relu(X @ W + b), one row per sample."""

import numpy as np
import pytest

from checker.expect import (
    distinct_sizes,
    expect_close,
    expect_throughput,
    hint_if_it_raises,
    kata_function,
)

relu = kata_function("relu")
layer = kata_function("layer")

# Loose enough for an answer computed in float32, far tighter than any mistake.
CLOSE = {"rtol": 1e-5, "atol": 1e-5}
WEIGHTS_HINT = "W has shape (n_in, n_out), inputs × neurons, so X @ W fits as it is: no .T is needed."

# The speed test: a large batch through a small layer (4 inputs, 3 neurons), where a Python loop over
# samples costs the most. 10 000 samples: large enough for a loop to show, small enough that NumPy's
# matrix product stays on one thread (at 100 000, a busy machine delays BLAS's helper thread).
LARGE_BATCH, N_IN, N_OUT = 10_000, 4, 3
# A fraction of the throughput of NumPy's one-liner on the same batch, measured in the same run. Over 40
# runs with the other core busy, vectorized layers reached 0.19 (einsum with np.where) to 1.15 of it, a
# loop over samples 0.005 at most: this threshold sits more than 6 times away from both.
MIN_SPEED = 0.03


def spec_relu(z):
    return np.array([max(value, 0.0) for value in z.ravel().tolist()]).reshape(z.shape)


def spec_neurons(x, W, b):
    """One sample through every neuron, spelled out: output j is max(x[0]*W[0][j] + x[1]*W[1][j] + ... + b[j], 0)."""
    x, W, b = x.tolist(), W.tolist(), b.tolist()
    return [max(sum(x[i] * W[i][j] for i in range(len(x))) + b[j], 0.0) for j in range(len(b))]


def spec_layer(X, W, b):
    return np.array([spec_neurons(x, W, b) for x in X])


def numpy_layer(X, W, b):
    return np.maximum(X @ W + b, 0)


def relu_cases():
    rng = np.random.default_rng(30)
    shapes = [tuple(distinct_sizes(rng, dims)) for dims in (1, 1, 2, 2, 3)]
    return [pytest.param(rng.normal(scale=3, size=shape), id=f"case{n}") for n, shape in enumerate(shapes, 1)]


def layer_cases(count, seed):
    """(X, W, b) with a different size for samples, inputs and neurons, so a swapped axis cannot pass."""
    rng = np.random.default_rng(seed)
    cases = []
    for number in range(1, count + 1):
        n, n_in, n_out = distinct_sizes(rng, 3)
        X, W, b = rng.normal(size=(n, n_in)), rng.normal(size=(n_in, n_out)), rng.normal(size=n_out)
        cases.append(pytest.param(X, W, b, id=f"case{number}"))
    return cases


@pytest.mark.parametrize("z", relu_cases())
def test_relu_keeps_positive_values_and_turns_the_others_into_zero(z):
    with hint_if_it_raises("Python's max(z, 0) compares the whole array with 0 at once; "
                           "np.maximum(z, 0) compares each value with 0."):
        expect_close(relu, (z,), spec_relu(z),
                     hint="relu works on each value on its own and keeps z's shape: positive values stay exactly "
                          "as they are, negative ones become 0. (np.max gives an array's largest value; "
                          "np.maximum compares values one by one.)", **CLOSE)


@pytest.mark.parametrize("X, W, b", layer_cases(3, seed=31))
def test_layer_passes_every_weighted_sum_through_relu(X, W, b):
    b = np.zeros_like(b)
    with hint_if_it_raises(WEIGHTS_HINT):
        expect_close(layer, (X, W, b), spec_layer(X, W, b),
                     hint="the layer's output is relu of the weighted sums: a neuron whose sum X[s] @ W[:, j] + b[j] "
                          "is negative outputs 0.", **CLOSE)


@pytest.mark.parametrize("X, W, b", layer_cases(3, seed=32))
def test_layer_adds_each_neurons_bias_before_relu(X, W, b):
    W = np.zeros_like(W)
    with hint_if_it_raises(WEIGHTS_HINT):
        expect_close(layer, (X, W, b), spec_layer(X, W, b),
                     hint="add b to X @ W, then apply relu: with all weights 0, every sample's outputs are "
                          "relu(b).", **CLOSE)


@pytest.mark.parametrize("X, W, b", layer_cases(6, seed=33))
def test_layer_sends_every_sample_through_every_neuron(X, W, b):
    with hint_if_it_raises(WEIGHTS_HINT):
        expect_close(layer, (X, W, b), spec_layer(X, W, b),
                     hint="row s of the answer holds sample s's output from each neuron j: "
                          "relu(X[s] @ W[:, j] + b[j]). X @ W gives every sample's sums at once.", **CLOSE)


@pytest.mark.parametrize("X, W, b", layer_cases(3, seed=34))
def test_layer_takes_a_single_sample_and_returns_one_output_per_neuron(X, W, b):
    x = X[0]
    with hint_if_it_raises(WEIGHTS_HINT):
        expect_close(layer, (x, W, b), np.array(spec_neurons(x, W, b)),
                     hint="a single sample x of shape (n_in,) gives one output per neuron, shape (n_out,): "
                          "x @ W has that shape already, so do not turn x into a batch of one.", **CLOSE)


def test_layer_handles_a_large_batch_at_numpy_speed():
    rng = np.random.default_rng(35)
    X, W, b = rng.normal(size=(LARGE_BATCH, N_IN)), rng.normal(size=(N_IN, N_OUT)), rng.normal(size=N_OUT)
    expect_throughput(layer, (X, W, b), numpy_layer, at_least=MIN_SPEED, baseline_name="np.maximum(X @ W + b, 0)",
                      hint="remove the Python loop over samples: X @ W weighs the whole batch in one call, "
                           "then add b and apply relu to the result.")
    expect_close(layer, (X, W, b), numpy_layer(X, W, b),
                 hint="fast, but not relu(X @ W + b) for every row of this large batch.", **CLOSE)
