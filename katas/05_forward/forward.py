"""Kata 05: the forward pass of a whole network, layer by layer. Read README.md beside this file first."""


def forward(X, layers):
    """The network's outputs for the input X: ReLU after every hidden layer, sigmoid after the last.

    X: one sample, shape (k,), or a batch of n samples, one per row, shape (n, k).
    layers: a list of at least one (W, b) pair, in order; W has shape (n_in, n_out) and b shape (n_out,),
            the first layer's n_in is k and each layer's n_out is the next one's n_in.
    Returns an array of shape (n_out,) for one sample or (n, n_out) for a batch, where n_out is the
    last layer's; every value is between 0 and 1.
    """
    # TODO: for each (W, b), compute z = a @ W + b from the previous layer's output a (X for the first);
    #       apply ReLU to z for every layer but the last, and sigmoid for the last. Return the last output.
    raise NotImplementedError("forward: return the last layer's sigmoid outputs, shape (n_out,) or (n, n_out)")


def forward_softmax(X, layers):
    """★ Optional: like forward, but the last layer uses softmax instead of sigmoid.

    Same X and layers as forward. Returns an array of the same shape as forward's, each output row
    (the whole output for one sample) being positive numbers that add up to 1.
    """
    # TODO (★ optional): hidden layers as in forward; then softmax over the last axis of the last z.
    raise NotImplementedError("forward_softmax: return softmax of the last layer's z, each row adding up to 1")
