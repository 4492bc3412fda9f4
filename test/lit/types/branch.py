# RUN: %battc inspect --emit=types %s | FileCheck %s
# branch(condition, a, b) is the join of both arms: the same type, the wider of two related types,
# or a union; a constant condition picks its arm. Both arms are evaluated by CPython, so an arm
# that raises makes the branch raise.
from dsl import *
from constants import *


def solve_branch(I):
    x1 = portrait(I)
    x2 = branch(x1, ONE, TWO)
    x3 = branch(x1, T, ONE)
    x4 = objects(I, T, F, T)
    x5 = first(x4)
    x6 = toindices(x5)
    x7 = branch(x1, x5, x6)
    x8 = branch(x1, x4, I)
    x9 = branch(T, I, ONE)
    x10 = branch(x1, vmirror, hmirror)
    x11 = x10(x7)
    x12 = astuple(x2, x3)
    x13 = astuple(x8, x9)
    x14 = astuple(x11, x12)
    O = astuple(x13, x14)
    return O

# CHECK-LABEL: solver solve_branch(I)
# CHECK-DAG:     = branch(%{{[0-9]+}}, 1, 2) : Integer  ; x2, branch.py:11
# CHECK-DAG:     = branch(%{{[0-9]+}}, True, 1) : Integer  ; x3, branch.py:12
# CHECK-DAG:     = branch(%{{[0-9]+}}, %{{[0-9]+}}, %{{[0-9]+}}) : Patch  ; x7, branch.py:16
# CHECK-DAG:     = branch(%{{[0-9]+}}, %{{[0-9]+}}, I) : Union[Grid, Objects]  ; x8, branch.py:17
# CHECK-DAG:     = branch(True, I, 1) : Grid  ; x9, branch.py:18
# CHECK-DAG:     = branch(%{{[0-9]+}}, vmirror, hmirror) : Union[Callable{{\[\[}}Piece], Piece] {hmirror}, Callable{{\[\[}}Piece], Piece] {vmirror}]  ; x10, branch.py:19
# CHECK-DAG:     = call %{{[0-9]+}}(%{{[0-9]+}}) : Patch  ; x11, branch.py:20
