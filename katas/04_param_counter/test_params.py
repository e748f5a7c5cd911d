"""Kata 04: a layer from n_in to n_out neurons learns n_in * n_out weights and n_out biases."""

import numpy as np
import pytest

from checker.expect import distinct_sizes, expect_equal, kata_function

count_params = kata_function("count_params")


def by_hand(sizes):
    """The count, layer by layer: one layer between each pair of neighbouring sizes."""
    total = 0
    for i in range(len(sizes) - 1):
        total += sizes[i] * sizes[i + 1]  # weights: one per (input, neuron) pair
        total += sizes[i + 1]  # biases: one per neuron of the layer
    return total


def random_sizes(count, lengths, seed, high=800):
    """`count` size lists with a length drawn from `lengths`, sizes 1 to `high`, all different in a list."""
    rng = np.random.default_rng(seed)
    return [
        pytest.param(distinct_sizes(rng, int(rng.choice(lengths)), low=1, high=high), id=f"net{i + 1}")
        for i in range(count)
    ]


@pytest.mark.parametrize("sizes", random_sizes(10, [2], seed=1, high=30))
def test_one_layer_learns_a_weight_per_connection_and_a_bias_per_neuron(sizes):
    expect_equal(count_params, (sizes,), by_hand(sizes), integer=True,
                 hint="[n_in, n_out] is one layer: n_in * n_out weights (one per input, for each neuron) "
                      "plus n_out biases (one per neuron; the inputs have none).")


@pytest.mark.parametrize("sizes", random_sizes(30, [3, 4, 5, 6], seed=2))
def test_a_deeper_net_adds_up_every_layer(sizes):
    expect_equal(count_params, (sizes,), by_hand(sizes), integer=True,
                 hint="there is one layer per pair of neighbouring sizes, from (sizes[0], sizes[1]) up to "
                      "and including (sizes[-2], sizes[-1]): add n_in * n_out + n_out for each.")


@pytest.mark.parametrize("sizes", random_sizes(3, [2, 3, 4], seed=3))
def test_sizes_may_be_a_tuple(sizes):
    expect_equal(count_params, (tuple(sizes),), by_hand(sizes), integer=True,
                 hint="sizes may be a tuple: index it, slice it or zip it, but do not change it "
                      "(a tuple has no .pop() or .append()).")


@pytest.mark.parametrize("sizes", [pytest.param([size], id=f"size{i + 1}") for i, size in enumerate([5, 1, 617])])
def test_a_single_size_is_an_input_with_no_layer_and_no_parameters(sizes):
    expect_equal(count_params, (sizes,), 0, integer=True,
                 hint="one size alone is just the input: no layer follows it, so no weights and no biases.")
