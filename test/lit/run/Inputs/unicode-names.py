from dsl import *


def solve_été(I):
    x_ñ = vmirror(I)
    return x_ñ


# NFKC: CPython names this function solve_fix (U+FB01 is 'fi'), and so does battc.
def solve_ﬁx(I):
    ﬁrst_row = hmirror(I)
    return first_row


def solve_变换(I):
    Ο = rot180(I)
    return Ο


def solve_λ(I):
    x1 = divide(ONE, ZERO)
    return x1
