# RUN: %battc inspect --emit=types %s | FileCheck %s
# lbind(f, fixed) fixes the first argument; the closure's arity follows f's as rbind's does.
from dsl import *
from constants import *


def solve_lbind(I):
    x1 = objects(I, T, F, T)
    x2 = lbind(colorfilter, x1)
    x3 = x2(ONE)
    x4 = lbind(crop, I)
    x5 = x4(ORIGIN, UNITY)
    x6 = lbind(apply, size)
    x7 = x6(x1)
    x8 = astuple(x3, x5)
    x9 = astuple(x8, x7)
    return x9

# CHECK-LABEL: solver solve_lbind(I)
# CHECK-DAG:     = lbind(colorfilter, %{{[0-9]+}}) : Callable{{\[\[}}Integer], Objects] {lbind}  ; x2, lbind.py:9
# CHECK-DAG:     = call %{{[0-9]+}}(1) : Objects  ; x3, lbind.py:10
# CHECK-DAG:     = lbind(crop, I) : Callable{{\[\[}}IntegerTuple, IntegerTuple], Grid] {lbind}  ; x4, lbind.py:11
# CHECK-DAG:     = call %{{[0-9]+}}((0, 0), (1, 1)) : Grid  ; x5, lbind.py:12
# CHECK-DAG:     = call %{{[0-9]+}}(%{{[0-9]+}}) : FrozenSet[Integer]  ; x7, lbind.py:14
