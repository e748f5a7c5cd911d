"""Takes sizes apart with .pop(): it works on lists (and empties the caller's), but not on a tuple."""
# expect: Called count_params(sizes=(
# expect: it raised AttributeError
def count_params(sizes):
    total = 0
    while len(sizes) > 1:
        n_out = sizes.pop()
        total += sizes[-1] * n_out + n_out
    return total
