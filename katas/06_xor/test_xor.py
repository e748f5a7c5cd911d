"""Kata 06: two step neurons in a hidden layer and one output neuron compute XOR, which one neuron cannot."""

import itertools

import numpy as np
import pytest

from checker.expect import distinct_sizes, expect_close, expect_shape, fail, kata_array, kata_function

step = kata_function("step")
xor_net = kata_function("xor_net")

INPUTS = list(itertools.product([0, 1], repeat=2))
SHAPES = {"W1": (2, 2), "b1": (2,), "W2": (2, 1), "b2": (1,)}
SHAPE_HINTS = {
    "W1": "W1[i][j] is the weight from input i to hidden neuron j: 2 inputs x 2 hidden neurons.",
    "b1": "one bias per hidden neuron, a 1-D array of two numbers: np.array([first, second]).",
    "W2": "W2[j][0] is the weight from hidden neuron j to the one output neuron: a column, np.array([[a], [b]]).",
    "b2": "the output neuron's bias, as a 1-D array of one number: np.array([b]).",
}
GATES = {(0, 0, 0, 1): "AND", (0, 1, 1, 1): "OR", (1, 1, 1, 0): "NAND", (1, 0, 0, 0): "NOR",
         (1, 0, 0, 1): "XNOR", (0, 0, 0, 0): "always 0", (1, 1, 1, 1): "always 1"}
GATE_HINTS = {
    "OR": "your network also fires for (1, 1). A hidden neuron that fires only for (1, 1) (an AND) can veto it "
          "with a negative weight into the output.",
    "AND": "your network fires only when both inputs are on; XOR must fire when exactly one is, and not for both.",
    "NAND": "your network fires for (0, 0) too: with both inputs off only the biases count (b1 decides the "
            "hidden answers), and the output's sum must then stay at or below 0.",
    "always 1": "your output neuron fires whatever the hidden neurons say: for some pair of hidden answers "
                "its sum h[0]*W2[0][0] + h[1]*W2[1][0] + b2[0] must stay at or below 0.",
    "always 0": "your output neuron never fires: some pair of hidden answers must lift "
                "h[0]*W2[0][0] + h[1]*W2[1][0] + b2[0] above 0.",
}
XOR_HINT = ("XOR is 'OR, but not AND': make one hidden neuron an OR and the other an AND (or a NAND), "
            "then pick W2 and b2 so the output combines them.")


def your_network():
    """The learner's weights as nested lists of floats; reading each one checks its name and shape."""
    return [kata_array(name, shape, hint=SHAPE_HINTS[name]).tolist() for name, shape in SHAPES.items()]


def network_output(weights, x1, x2):
    """The 2-2-1 step network, computed the plainest way."""
    W1, b1, W2, b2 = weights
    hidden = [1 if x1 * W1[0][j] + x2 * W1[1][j] + b1[j] > 0 else 0 for j in range(2)]
    return 1 if hidden[0] * W2[0][0] + hidden[1] * W2[1][0] + b2[0] > 0 else 0


def plain_step(z):
    return np.array([1.0 if v > 0 else 0.0 for v in z.ravel().tolist()]).reshape(z.shape)


# --------------------------------------------------------------------------- step


def step_cases():
    rng = np.random.default_rng(6)
    n, m, k = distinct_sizes(rng, 3)
    shapes = [(n,), (m, n), (n, k, m), (1,)]
    return [pytest.param(rng.normal(size=shape), id=f"case{i + 1}") for i, shape in enumerate(shapes)]


@pytest.mark.parametrize("z", step_cases())
def test_step_is_1_where_z_is_positive_and_0_elsewhere_for_any_shape(z):
    expect_close(step, (z,), plain_step(z), rtol=0, atol=0,
                 hint="compare the whole array with 0 at once: z > 0 gives True/False for every entry, "
                      "whatever the shape, and .astype(int) or np.where turns those into 1/0.")


@pytest.mark.parametrize("z", [np.array([[0.0, 2.5, -0.0], [-1.0, 0.0, 1e-9]]), np.array([-2, 0, 3, 0])],
                         ids=["floats", "ints"])
def test_step_gives_0_where_z_is_exactly_0(z):
    expect_close(step, (z,), plain_step(z), rtol=0, atol=0,
                 hint="a neuron fires only when its sum is greater than 0: use >, not >=.")


# --------------------------------------------------------------------------- the weights


@pytest.mark.parametrize("name", SHAPES)
def test_weights_have_the_shapes_of_two_hidden_neurons_and_one_output(name):
    kata_array(name, SHAPES[name], hint=SHAPE_HINTS[name])


@pytest.mark.parametrize("x1, x2", INPUTS)
def test_your_weights_make_the_network_compute_xor(x1, x2):
    weights = your_network()
    table = tuple(network_output(weights, a, b) for a, b in INPUTS)
    got = network_output(weights, x1, x2)
    if got != x1 ^ x2:
        gate = GATES.get(table)
        rows = ", ".join(f"({a}, {b}) -> {out}" for (a, b), out in zip(INPUTS, table))
        fail(f"With your weights W1, b1, W2, b2, the network gives {got} for ({x1}, {x2}); XOR({x1}, {x2}) "
             f"is {x1 ^ x2}.\nYour network's truth table: {rows}" + (f" (that is {gate})." if gate else "."),
             hint=f"{GATE_HINTS[gate]} {XOR_HINT}" if gate in GATE_HINTS else XOR_HINT)


# --------------------------------------------------------------------------- xor_net


def random_batch(rng, n, dtype):
    return rng.integers(0, 2, size=(n, 2)).astype(dtype)


def shape_cases():
    rng = np.random.default_rng(60)
    return [pytest.param(np.array([[1, 1], [0, 1], [0, 0], [1, 0]]), id="four_inputs"),
            pytest.param(np.array([[0, 1]]), id="one_row"),
            pytest.param(random_batch(rng, 9, int), id="nine_rows")]


@pytest.mark.parametrize("X", shape_cases())
def test_xor_net_returns_a_1d_array_with_one_answer_per_row(X):
    your_network()
    expect_shape(xor_net, (X,), (len(X),),
                 hint="return shape (n,), not (n, 1): the output layer gives one column, so take it with "
                      "out[:, 0] or out.ravel() (not .squeeze(), which leaves no axis for a batch of one row).")


NETWORK_HINT = ("each row x goes through the hidden layer, h[j] = step(x[0]*W1[0][j] + x[1]*W1[1][j] + b1[j]) "
                "(that is step(X @ W1 + b1), not W1 @ x), then through the output neuron, step(h @ W2 + b2); "
                "both layers use step, so every answer is exactly 0 or 1.")


def test_xor_net_computes_your_network_on_the_four_inputs():
    weights = your_network()
    X = np.array([[1, 1], [0, 1], [0, 0], [1, 0]])
    expected = [network_output(weights, x1, x2) for x1, x2 in X.tolist()]
    expect_close(xor_net, (X,), expected, rtol=0, atol=0, hint=NETWORK_HINT)


def random_batches():
    rng = np.random.default_rng(66)
    sizes = distinct_sizes(rng, 5, low=3, high=16)
    return [pytest.param(random_batch(rng, n, float if i % 2 else int), id=f"case{i + 1}")
            for i, n in enumerate(sizes)]


@pytest.mark.parametrize("X", random_batches())
def test_xor_net_computes_your_network_on_random_batches(X):
    weights = your_network()
    expected = [network_output(weights, x1, x2) for x1, x2 in X.tolist()]
    expect_close(xor_net, (X,), expected, rtol=0, atol=0, hint=NETWORK_HINT)
