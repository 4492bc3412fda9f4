# RUN: %battc inspect --emit=types %s | FileCheck %s
# Leaves and constants: the input is a Grid, int and bool constants are Integer and Boolean, a
# tuple constant is a fixed-length tuple of its elements' types (a pair of ints: IntegerTuple), a
# primitive used as a value is a Callable with its declared parameter kinds and its builder.
from dsl import *
from constants import *


def solve_leaves(I):
    x1 = astuple(ONE, T)
    x2 = astuple(UNITY, ((1, 2), 3))
    x3 = astuple(x1, x2)
    x4 = astuple(x3, size)
    return x4

# CHECK-LABEL: solver solve_leaves(I)
# CHECK-NEXT:    1 : Integer
# CHECK-NEXT:    True : Boolean
# CHECK-NEXT:    %0 = astuple(1, True) : (Integer, Boolean)  ; x1, leaves.py:10
# CHECK-NEXT:    (1, 1) : IntegerTuple
# CHECK-NEXT:    2 : Integer
# CHECK-NEXT:    (1, 2) : IntegerTuple
# CHECK-NEXT:    3 : Integer
# CHECK-NEXT:    ((1, 2), 3) : (IntegerTuple, Integer)
# CHECK-NEXT:    %1 = astuple((1, 1), ((1, 2), 3)) : (IntegerTuple, (IntegerTuple, Integer))  ; x2, leaves.py:11
# CHECK-NEXT:    %2 = astuple(%0, %1) : ((Integer, Boolean), (IntegerTuple, (IntegerTuple, Integer)))  ; x3, leaves.py:12
# CHECK-NEXT:    size : Callable{{\[\[}}Any], Integer] {size}
# CHECK-NEXT:    %3 = astuple(%2, size) : (((Integer, Boolean), (IntegerTuple, (IntegerTuple, Integer))), Callable{{\[\[}}Any], Integer] {size})  ; x4, leaves.py:13
# CHECK-NEXT:    lines %0 : (((Integer, Boolean), (IntegerTuple, (IntegerTuple, Integer))), Callable{{\[\[}}Any], Integer] {size})
# CHECK-NEXT:    return %3 : (((Integer, Boolean), (IntegerTuple, (IntegerTuple, Integer))), Callable{{\[\[}}Any], Integer] {size})


def solve_input(I):
    return I

# CHECK-LABEL: solver solve_input(I)
# CHECK-NEXT:    I : Grid
# CHECK-NEXT:    return I : Grid

# CHECK: typed solvers: 2 of 2 (every node typed)
