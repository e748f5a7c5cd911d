"""Kata 02: sigmoid squashes every number into (0, 1); a sigmoid neuron squashes its weighted sum x @ w + b."""

import math

import numpy as np
import pytest

from checker.expect import (
    distinct_sizes,
    expect_close,
    expect_dtype,
    expect_equal,
    expect_no_warning,
    hint_if_it_raises,
    kata_function,
)

sigmoid = kata_function("sigmoid")
neuron = kata_function("neuron")


def spec_sigmoid(z):
    """1 / (1 + e^(-z)), one Python float at a time, in the shape of z."""
    z = np.asarray(z, dtype=float)
    return np.array([1 / (1 + math.exp(-value)) for value in z.ravel().tolist()]).reshape(z.shape)


def spec_neuron(x, w, b):
    """sigmoid(w[0]*x[0] + ... + b) for one sample, or for each row of a batch, with plain loops."""
    rows = x.tolist() if x.ndim == 2 else [x.tolist()]
    sums = [sum(xi * wi for xi, wi in zip(row, w.tolist())) + b for row in rows]
    return spec_sigmoid(sums if x.ndim == 2 else sums[0])


def number_cases(seed=1):
    """Python floats and ints, both signs."""
    rng = np.random.default_rng(seed)
    numbers = [float(z) for z in rng.uniform(-6, 6, size=10)] + [3, -2, 1, -5]
    return [pytest.param(z, id=f"case{i}") for i, z in enumerate(numbers, start=1)]


def array_cases(seed=2):
    """Arrays of 1, 2 and 3 dimensions, a different size for each, and a 0-d array."""
    rng = np.random.default_rng(seed)
    a, b, c = distinct_sizes(rng, 3)
    shapes = {"1d": (a,), "2d": (a, b), "3d": (c, a, b), "0d": ()}
    return [pytest.param(rng.uniform(-6, 6, size=shape), id=name) for name, shape in shapes.items()]


def sample_cases(count=8, seed=3):
    """One sample x of shape (k,), weights w of shape (k,), a bias b; k from 1 to 9, a small k first."""
    rng = np.random.default_rng(seed)
    cases = []
    for i, k in enumerate([3, 5, 1, 7, 2, 9, 4, 6][:count], start=1):
        cases.append(pytest.param(rng.normal(size=k), rng.normal(size=k) / 2, float(rng.normal()), id=f"case{i}"))
    return cases


def batch_cases(count=6, seed=4):
    """A batch X of shape (n, k) with n != k, weights w of shape (k,), a bias b."""
    rng = np.random.default_rng(seed)
    cases = []
    for i in range(1, count + 1):
        n, k = distinct_sizes(rng, 2, low=3)
        cases.append(pytest.param(rng.normal(size=(n, k)), rng.normal(size=k) / 2, float(rng.normal()), id=f"case{i}"))
    return cases


ARRAY_HINT = "math.exp takes one number; np.exp takes a whole array and works element by element."


@pytest.mark.parametrize("z", [pytest.param(0, id="int"), pytest.param(0.0, id="float")])
def test_sigmoid_of_zero_is_one_half(z):
    expect_close(sigmoid, (z,), 0.5,
                 hint="sigmoid(0) = 1 / (1 + e^0) = 1 / 2: mind the brackets around 1 + e^(-z). tanh and relu "
                      "give 0 here: they are other activations.")


@pytest.mark.parametrize("z", number_cases())
def test_sigmoid_of_a_python_number_is_one_over_one_plus_e_to_the_minus_z(z):
    expect_close(sigmoid, (z,), spec_sigmoid(z),
                 hint="sigmoid(z) = 1 / (1 + e^(-z)), with a minus sign in the exponent: large positive z "
                      "gives nearly 1, very negative z nearly 0.")


@pytest.mark.parametrize("z", array_cases())
def test_sigmoid_works_element_by_element_on_arrays_of_any_shape(z):
    with hint_if_it_raises(ARRAY_HINT):
        expect_close(sigmoid, (z,), spec_sigmoid(z),
                     hint="apply 1 / (1 + e^(-z)) to every element and return an array of z's shape: "
                          + ARRAY_HINT)


@pytest.mark.parametrize("x, w, b", sample_cases())
def test_neuron_of_one_sample_is_sigmoid_of_its_weighted_sum_plus_bias(x, w, b):
    expect_close(neuron, (x, w, b), spec_neuron(x, w, b),
                 hint="neuron(x, w, b) is sigmoid(x @ w + b): add the bias b to the weighted sum, then "
                      "squash the total with sigmoid.")


@pytest.mark.parametrize("x, w, b", batch_cases())
def test_neuron_of_a_batch_gives_one_output_per_row(x, w, b):
    shape_hint = ("x holds one sample per row, shape (n, k), and w has shape (k,): x @ w gives one weighted sum "
                  "per row, shape (n,) (w @ x and x.T @ w do not line up the k's).")
    with hint_if_it_raises(shape_hint):
        expect_close(neuron, (x, w, b), spec_neuron(x, w, b), hint=shape_hint)


# ★ Going further: a sigmoid that never overflows. Optional: these never block the kata.

FAR_FROM_ZERO = [
    pytest.param(-1000.0, id="minus1000"),
    pytest.param(1000.0, id="plus1000"),
    pytest.param(np.array([-1000.0, -30.0, 0.0, 30.0, 1000.0]), id="array"),
]


@pytest.mark.stretch
@pytest.mark.parametrize("z", FAR_FROM_ZERO)
def test_stretch_sigmoid_does_not_overflow_far_from_zero(z):
    expect_no_warning(sigmoid, (z,),
                      hint="e^(-z) overflows once z < -709, e^z once z > 709 (and np.where computes both of its "
                           "branches for every element). e^(-|z|) is never above 1: use it, and for negative z "
                           "multiply the top and bottom of 1 / (1 + e^(-z)) by e^z.")


@pytest.mark.stretch
@pytest.mark.parametrize("z, limit", [pytest.param(-1000.0, 0, id="minus1000"), pytest.param(1000.0, 1, id="plus1000")])
def test_stretch_sigmoid_is_exactly_0_or_1_where_the_true_value_rounds_to_it(z, limit):
    expect_equal(sigmoid, (z,), limit,
                 hint="1 / (1 + e^(-z)) is within 1e-400 of 0 or 1 here, which a float stores as exactly 0.0 "
                      "or 1.0: no clipping of z or of the answer, and no inf / inf (nan).")


@pytest.mark.stretch
def test_stretch_sigmoid_keeps_float32_as_float32():
    rng = np.random.default_rng(5)
    z = rng.uniform(-6, 6, size=distinct_sizes(rng, 2)).astype(np.float32)
    expect_close(sigmoid, (z,), spec_sigmoid(z), rtol=1e-5, atol=1e-7)
    expect_dtype(sigmoid, (z,), np.float32,
                 hint="np.exp keeps float32; np.asarray(z, dtype=float) or a float64 array in the formula "
                      "turns the answer into float64, twice the memory.")
