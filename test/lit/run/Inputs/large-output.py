# Outputs whose text is far longer than the value: upscale shares its rows, but the repr of
# upscale(3x3 grid, 2000) is 108 MB. CPython (pyref.py, 3 GiB address space) returns it; so must we.
def solve_a(I):
    O = upscale(I, 2000)
    return O
def solve_b(I):
    O = upscale(I, 1000)
    return O
