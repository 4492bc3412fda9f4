# RUN: %battc inspect --emit=types %s | FileCheck %s
# Container element types: apply and sfilter keep the container's kind (a frozenset stays a
# frozenset, a tuple a tuple) with the function's result as elements; mapply and merge flatten one
# level; first of a Grid is a row, a Tuple[Integer]. (A tuple of int tuples prints as Grid.)
from dsl import *
from constants import *


def solve_containers(I):
    x1 = objects(I, T, F, T)
    x2 = apply(size, x1)
    x3 = totuple(x1)
    x4 = apply(ulcorner, x3)
    x5 = mapply(toindices, x1)
    x6 = mapply(dneighbors, x4)
    x7 = merge(x1)
    x8 = merge(x3)
    x9 = sfilter(x1, vline)
    x10 = sfilter(x3, vline)
    x11 = first(I)
    x12 = first(x1)
    x13 = first(x11)
    x14 = last(x4)
    x15 = astuple(x2, x4)
    x16 = astuple(x5, x6)
    x17 = astuple(x7, x8)
    x18 = astuple(x9, x10)
    x19 = astuple(x11, x12)
    x20 = astuple(x13, x14)
    O = astuple(x15, x16)
    return O

# CHECK-LABEL: solver solve_containers(I)
# CHECK:         = apply(size, %{{[0-9]+}}) : FrozenSet[Integer]  ; x2, containers.py:11
# CHECK:         = totuple(%{{[0-9]+}}) : Tuple[Object]  ; x3, containers.py:12
# CHECK:         = apply(ulcorner, %{{[0-9]+}}) : Grid  ; x4, containers.py:13
# CHECK:         = mapply(toindices, %{{[0-9]+}}) : Indices  ; x5, containers.py:14
# CHECK:         = mapply(dneighbors, %{{[0-9]+}}) : Tuple[IntegerTuple]  ; x6, containers.py:15


def solve_more_containers(I):
    x1 = objects(I, T, F, T)
    x3 = totuple(x1)
    x4 = apply(ulcorner, x3)
    x7 = merge(x1)
    x8 = merge(x3)
    x9 = sfilter(x1, vline)
    x10 = sfilter(x3, vline)
    x11 = first(I)
    x12 = first(x1)
    x13 = first(x11)
    x14 = last(x4)
    x17 = astuple(x7, x8)
    x18 = astuple(x9, x10)
    x19 = astuple(x11, x12)
    x20 = astuple(x13, x14)
    x21 = astuple(x17, x18)
    x22 = astuple(x19, x20)
    O = astuple(x21, x22)
    return O

# CHECK-LABEL: solver solve_more_containers(I)
# CHECK-DAG:     = merge(%{{[0-9]+}}) : Object  ; x7, containers.py:45
# CHECK-DAG:     = merge(%{{[0-9]+}}) : Tuple[Cell]  ; x8, containers.py:46
# CHECK-DAG:     = sfilter(%{{[0-9]+}}, vline) : Objects  ; x9, containers.py:47
# CHECK-DAG:     = sfilter(%{{[0-9]+}}, vline) : Tuple[Object]  ; x10, containers.py:48
# CHECK-DAG:     = first(I) : Tuple[Integer]  ; x11, containers.py:49
# CHECK-DAG:     = first(%{{[0-9]+}}) : Object  ; x12, containers.py:50
# CHECK-DAG:     = first(%{{[0-9]+}}) : Integer  ; x13, containers.py:51
# CHECK-DAG:     = last(%{{[0-9]+}}) : Tuple[Integer]  ; x14, containers.py:52
