# RUN: %battc inspect --emit=types %s | FileCheck %s
# chain(h, g, f) is x -> h(g(f(x))), a one-argument closure.
from dsl import *
from constants import *


def solve_chain(I):
    x1 = objects(I, T, F, T)
    x2 = chain(ulcorner, first, totuple)
    x3 = x2(x1)
    x4 = chain(size, merge, totuple)
    x5 = x4(x1)
    x6 = astuple(x3, x5)
    return x6

# CHECK-LABEL: solver solve_chain(I)
# CHECK-DAG:     = chain(ulcorner, first, totuple) : Callable{{\[\[}}FrozenSet[Any]], Tuple[Any]] {chain}  ; x2, chain.py:9
# CHECK-DAG:     = call %{{[0-9]+}}(%{{[0-9]+}}) : Tuple[Integer]  ; x3, chain.py:10
# CHECK-DAG:     = call %{{[0-9]+}}(%{{[0-9]+}}) : Integer  ; x5, chain.py:12
