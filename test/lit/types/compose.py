# RUN: %battc inspect --emit=types %s | FileCheck %s
# compose(outer, inner) is a one-argument closure; a call of it is typed by calling inner, then
# outer, on the argument's type (not on the declared parameter kinds the signature shows).
from dsl import *
from constants import *


def solve_compose(I):
    x1 = objects(I, T, F, T)
    x2 = compose(size, toindices)
    x3 = apply(x2, x1)
    x4 = compose(first, totuple)
    x5 = x4(x1)
    x6 = astuple(x3, x5)
    return x6

# CHECK-LABEL: solver solve_compose(I)
# CHECK-DAG:     = compose(size, toindices) : Callable{{\[\[}}Patch], Integer] {compose}  ; x2, compose.py:10
# CHECK-DAG:     = apply(%{{[0-9]+}}, %{{[0-9]+}}) : FrozenSet[Integer]  ; x3, compose.py:11
# CHECK-DAG:     = compose(first, totuple) : Callable{{\[\[}}FrozenSet[Any]], Any] {compose}  ; x4, compose.py:12
# CHECK-DAG:     = call %{{[0-9]+}}(%{{[0-9]+}}) : Object  ; x5, compose.py:13
