"""Off by one over the pairs: range(len(sizes) - 2) never reaches the last layer."""
# expect: it returned 0, but the tests expected
# expect: is one layer
def count_params(sizes):
    total = 0
    for i in range(len(sizes) - 2):
        total += sizes[i] * sizes[i + 1] + sizes[i + 1]
    return total
