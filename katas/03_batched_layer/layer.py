"""Kata 03: a layer of neurons, applied to a whole batch of samples at once. Read README.md beside this file first."""


def relu(z):
    """ReLU, value by value: each value of z that is positive stays as it is; each other value becomes 0.

    z: a NumPy array of any shape. Returns an array of the same shape.
    """
    # TODO: return an array shaped like z in which every negative value is replaced by 0.
    raise NotImplementedError("relu: return z with every negative value replaced by 0")


def layer(X, W, b):
    """A dense layer with ReLU: every sample (a row of X) through every neuron (a column of W), at once.

    X: array of shape (n, n_in), one sample per row; or a single sample of shape (n_in,).
    W: array of shape (n_in, n_out): inputs × neurons, column j holds neuron j's weights.
    b: array of shape (n_out,): one bias per neuron.
    Returns relu(X @ W + b): shape (n, n_out), one row of neuron outputs per sample; (n_out,) for a single sample.
    """
    # TODO: weigh the whole batch with W in one matrix product (no loop over samples), add b, apply relu.
    raise NotImplementedError("layer: return each neuron's ReLU output for each sample, shape (n, n_out)")
