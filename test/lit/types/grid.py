# RUN: %battc inspect --emit=types %s | FileCheck %s
# Grid primitives: grids stay grids, objects and patches keep their kind, and what dsl.py
# computes decides, not the annotation: numcolors is an int (annotated IntegerSet), corners of an
# empty patch holds (), so the corners are Tuple[Integer], index is None out of the grid.
from dsl import *
from constants import *


def solve_grid(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = toindices(x2)
    x4 = shift(x2, UNITY)
    x5 = shift(x3, UNITY)
    x6 = normalize(x4)
    x7 = ulcorner(x5)
    x8 = corners(x3)
    x9 = numcolors(I)
    x10 = palette(x2)
    x11 = index(I, ORIGIN)
    x12 = hsplit(I, TWO)
    x13 = vmirror(x6)
    x14 = paint(I, x13)
    x15 = fill(x14, x9, x8)
    O = rot90(x15)
    return O

# CHECK-LABEL: solver solve_grid(I)
# CHECK:         = objects(I, True, False, True) : Objects  ; x1, grid.py:10
# CHECK:         = first(%{{[0-9]+}}) : Object  ; x2, grid.py:11
# CHECK:         = toindices(%{{[0-9]+}}) : Indices  ; x3, grid.py:12
# CHECK:         = shift(%{{[0-9]+}}, (1, 1)) : Object  ; x4, grid.py:13
# CHECK:         = normalize(%{{[0-9]+}}) : Object  ; x6, grid.py:15
# CHECK:         = corners(%{{[0-9]+}}) : FrozenSet[Tuple[Integer]]  ; x8, grid.py:17
# CHECK:         = numcolors(I) : Integer  ; x9, grid.py:18
# CHECK:         = vmirror(%{{[0-9]+}}) : Object  ; x13, grid.py:22
# CHECK:         = paint(I, %{{[0-9]+}}) : Grid  ; x14, grid.py:23
# CHECK:         = fill(%{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}) : Grid  ; x15, grid.py:24
# CHECK:         = rot90(%{{[0-9]+}}) : Grid  ; O, grid.py:25


def solve_grid_values(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = toindices(x2)
    x5 = shift(x3, UNITY)
    x7 = ulcorner(x5)
    x10 = palette(x2)
    x11 = index(I, ORIGIN)
    x12 = hsplit(I, TWO)
    x13 = astuple(x7, x10)
    x14 = astuple(x11, x12)
    O = astuple(x13, x14)
    return O

# CHECK-LABEL: solver solve_grid_values(I)
# CHECK:         = shift(%{{[0-9]+}}, (1, 1)) : Indices  ; x5, grid.py:46
# CHECK:         = ulcorner(%{{[0-9]+}}) : Tuple[Integer]  ; x7, grid.py:47
# CHECK:         = palette(%{{[0-9]+}}) : FrozenSet[Integer]  ; x10, grid.py:48
# CHECK:         = index(I, (0, 0)) : Union[Integer, NoneType]  ; x11, grid.py:49
# CHECK:         = hsplit(I, 2) : Tuple[Grid]  ; x12, grid.py:50
# CHECK:         = astuple(%{{[0-9]+}}, %{{[0-9]+}}) : Union[(Integer, Tuple[Grid]), (NoneType, Tuple[Grid])]  ; x14, grid.py:52
