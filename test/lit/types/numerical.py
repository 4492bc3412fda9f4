# RUN: %battc inspect --emit=types %s | FileCheck %s
# dsl.py's numerical overloading, decided by isinstance: two ints give an int, two tuples or an
# int and a tuple (either side) give a pair; a bool is an int. A union-typed operand is typed
# member by member.
from dsl import *
from constants import *


def solve_numerical(I):
    x1 = add(ONE, TWO)
    x2 = add(UNITY, DOWN)
    x3 = add(ONE, DOWN)
    x4 = subtract(DOWN, ONE)
    x5 = multiply(T, T)
    x6 = invert(UNITY)
    x7 = double(x1)
    x8 = halve(x2)
    x9 = size(I)
    x10 = even(x9)
    x11 = branch(x10, ONE, UNITY)
    x12 = add(x11, ONE)
    x13 = astuple(x1, x2)
    x14 = astuple(x3, x4)
    x15 = astuple(x5, x6)
    x16 = astuple(x7, x8)
    x17 = astuple(x12, x13)
    x18 = astuple(x14, x15)
    x19 = astuple(x16, x17)
    O = astuple(x18, x19)
    return O

# CHECK-LABEL: solver solve_numerical(I)
# CHECK-DAG:     = add(1, 2) : Integer  ; x1, numerical.py:10
# CHECK-DAG:     = add((1, 1), (1, 0)) : IntegerTuple  ; x2, numerical.py:11
# CHECK-DAG:     = add(1, (1, 0)) : IntegerTuple  ; x3, numerical.py:12
# CHECK-DAG:     = subtract((1, 0), 1) : IntegerTuple  ; x4, numerical.py:13
# CHECK-DAG:     = multiply(True, True) : Integer  ; x5, numerical.py:14
# CHECK-DAG:     = invert((1, 1)) : IntegerTuple  ; x6, numerical.py:15
# CHECK-DAG:     = double(%{{[0-9]+}}) : Integer  ; x7, numerical.py:16
# CHECK-DAG:     = halve(%{{[0-9]+}}) : IntegerTuple  ; x8, numerical.py:17
# CHECK-DAG:     = branch(%{{[0-9]+}}, 1, (1, 1)) : Numerical  ; x11, numerical.py:20
# CHECK-DAG:     = add(%{{[0-9]+}}, 1) : Numerical  ; x12, numerical.py:21
