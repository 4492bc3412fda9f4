# RUN: %battc inspect --emit=types %s | FileCheck %s
# fork(outer, a, b) is x -> outer(a(x), b(x)): the result of outer on the results of a and b.
from dsl import *
from constants import *


def solve_fork(I):
    x1 = objects(I, T, F, T)
    x2 = fork(add, ulcorner, shape)
    x3 = apply(x2, x1)
    x4 = fork(recolor, color, backdrop)
    x5 = mapply(x4, x1)
    x6 = fork(astuple, height, width)
    x7 = x6(I)
    x8 = astuple(x3, x5)
    x9 = astuple(x7, x8)
    return x9

# CHECK-LABEL: solver solve_fork(I)
# CHECK-DAG:     = fork(add, ulcorner, shape) : Callable{{\[\[}}Patch], IntegerTuple] {fork}  ; x2, fork.py:9
# CHECK-DAG:     = apply(%{{[0-9]+}}, %{{[0-9]+}}) : Indices  ; x3, fork.py:10
# CHECK-DAG:     = mapply(%{{[0-9]+}}, %{{[0-9]+}}) : Object  ; x5, fork.py:12
# CHECK-DAG:     = call %{{[0-9]+}}(I) : IntegerTuple  ; x7, fork.py:14
