"""Kata 01: a perceptron fires when its weighted sum is above 0; AND and NOR are perceptrons."""

import itertools

import numpy as np
import pytest

from checker.expect import expect_equal, kata_function

perceptron = kata_function("perceptron")
and_perceptron = kata_function("and_perceptron")
nor_perceptron = kata_function("nor_perceptron")

BOTH_INPUTS = list(itertools.product([0, 1], repeat=2))


def random_cases(count=40, seed=1):
    """Inputs of lengths 1 to 6 whose weighted sums are clearly above or below 0."""
    rng = np.random.default_rng(seed)
    cases = []
    while len(cases) < count:
        length = int(rng.integers(1, 7))
        x, w, b = rng.normal(size=length), rng.normal(size=length), float(rng.normal())
        total = sum(wi * xi for wi, xi in zip(w.tolist(), x.tolist())) + b
        if abs(total) > 1e-6:
            cases.append(pytest.param(x, w, b, int(total > 0), id=f"case{len(cases) + 1}"))
    return cases


@pytest.mark.parametrize("x, w, b, fires", random_cases())
def test_perceptron_fires_when_the_weighted_sum_is_above_zero(x, w, b, fires):
    expect_equal(perceptron, (x, w, b), fires,
                 hint="add up w[i] * x[i], add b, and return 1 if the total is > 0, else 0.")


@pytest.mark.parametrize("x, w, b, fires", random_cases(count=8, seed=2))
def test_perceptron_takes_python_lists(x, w, b, fires):
    expect_equal(perceptron, (list(x.tolist()), list(w.tolist()), b), fires,
                 hint="x and w may be plain lists: np.dot(w, x) or a loop over zip(w, x) handles both.")


@pytest.mark.parametrize("x, w, b", [([1, 1], [1, -1], 0), ([2.0], [0.5], -1.0), ([0, 0, 0], [3, 1, 2], 0)])
def test_perceptron_stays_quiet_when_the_sum_is_exactly_zero(x, w, b):
    expect_equal(perceptron, (x, w, b), 0, hint="fire only when the sum is greater than 0: use >, not >=.")


@pytest.mark.parametrize("x1, x2", BOTH_INPUTS)
def test_and_is_1_only_when_both_inputs_are_1(x1, x2):
    # The hint depends on the way the answer is wrong: too eager for one input, too shy for both.
    expect_equal(and_perceptron, (x1, x2), x1 & x2,
                 hint="AND fires for (1, 1): both weights plus the bias must add up to more than 0 "
                      "(exactly 0 gives 0)." if x1 & x2 else
                      "AND fires only for (1, 1): one input alone must not lift w·x + b above 0.")


@pytest.mark.parametrize("x1, x2", BOTH_INPUTS)
def test_nor_is_1_only_when_both_inputs_are_0(x1, x2):
    expect_equal(nor_perceptron, (x1, x2), 1 - (x1 | x2),
                 hint="NOR fires for (0, 0), where only the bias counts: the bias must be above 0 "
                      "(exactly 0 gives 0)." if not x1 | x2 else
                      "NOR fires only for (0, 0): either input set to 1 must pull the sum down to 0 or below.")
