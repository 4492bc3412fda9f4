# RUN: %battc inspect --emit=types %s | FileCheck %s
# What cannot be pinned stays Any: here a frozenset mixing values of more kinds than a union holds
# (at most 6 members). A solver with such a node does not count as typed in the summary.
from dsl import *
from constants import *


def solve_stays_any(I):
    x1 = astuple(I, ONE)
    x2 = astuple(x1, I)
    x3 = initset(x2)
    x4 = insert(ORIGIN, x3)
    x5 = insert(ONE, x4)
    x6 = insert(T, x5)
    x7 = insert(x4, x6)
    x8 = insert(I, x7)
    x9 = insert(x1, x8)
    x10 = insert(size, x9)
    x11 = first(x10)
    return x11

# CHECK-LABEL: solver solve_stays_any(I)
# CHECK:         = insert(%{{[0-9]+}}, %{{[0-9]+}}) : FrozenSet[Union[Integer, ((Grid, Integer), Grid), (Grid, Integer), IntegerTuple, Grid, FrozenSet[Union[((Grid, Integer), Grid), IntegerTuple]]]]  ; x9, any.py:17
# CHECK-NEXT:    = insert(size, %{{[0-9]+}}) : FrozenSet[Any]  ; x10, any.py:18
# CHECK-NEXT:    = first(%{{[0-9]+}}) : Any  ; x11, any.py:19


def solve_typed(I):
    O = vmirror(I)
    return O

# CHECK-LABEL: solver solve_typed(I)
# CHECK:       typed solvers: 1 of 2 (every node typed)
