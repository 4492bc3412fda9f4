# RUN: %battc inspect --emit=types %s | FileCheck %s
# rbind(f, fixed) reads f's co_argcount: a 2-argument f gives a 1-argument closure, a 3-argument
# f a 2-argument closure, any other f a 3-argument closure. A call of it with the wrong number of
# arguments raises TypeError: Never.
from dsl import *
from constants import *


def solve_rbind(I):
    x1 = objects(I, T, F, T)
    x2 = rbind(shift, UNITY)
    x3 = apply(x2, x1)
    x4 = rbind(fill, x1)
    x5 = rbind(objects, T)
    x6 = x5(I, T, F)
    x7 = merge(x6)
    x8 = x4(I, ONE)
    x9 = x2(x7, x7)
    x10 = astuple(x3, x8)
    x11 = astuple(x10, x9)
    return x11

# CHECK-LABEL: solver solve_rbind(I)
# CHECK-DAG:     = rbind(shift, (1, 1)) : Callable{{\[\[}}Patch], Patch] {rbind}  ; x2, rbind.py:11
# CHECK-DAG:     = apply(%{{[0-9]+}}, %{{[0-9]+}}) : Objects  ; x3, rbind.py:12
# CHECK-DAG:     = rbind(fill, %{{[0-9]+}}) : Callable{{\[\[}}Grid, Integer], Grid] {rbind}  ; x4, rbind.py:13
# CHECK-DAG:     = rbind(objects, True) : Callable{{\[\[}}Grid, Boolean, Boolean], Objects] {rbind}  ; x5, rbind.py:14
# CHECK-DAG:     = call %{{[0-9]+}}(I, True, False) : Objects  ; x6, rbind.py:15
# CHECK-DAG:     = call %{{[0-9]+}}(I, 1) : Grid  ; x8, rbind.py:17
# CHECK-DAG:     = call %{{[0-9]+}}(%{{[0-9]+}}, %{{[0-9]+}}) : Never  ; x9, rbind.py:18
