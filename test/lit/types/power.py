# RUN: %battc inspect --emit=types %s | FileCheck %s
# power(f, n): n == 1 is f itself; a constant n >= 2 applies f n times; n <= 0 recurses without
# end (RecursionError: Never); an unknown n is typed by widening over repeated applications.
from dsl import *
from constants import *


def solve_power(I):
    x1 = power(rot90, ONE)
    x2 = power(first, TWO)
    x3 = x2(I)
    x5 = size(I)
    x6 = power(first, x5)
    x7 = x6(I)
    x8 = x1(I)
    x9 = astuple(x3, x7)
    x10 = astuple(x8, x9)
    x4 = power(first, ZERO)
    x11 = astuple(x10, x4)
    return x11

# CHECK-LABEL: solver solve_power(I)
# CHECK-DAG:     = power(rot90, 1) : Callable{{\[\[}}Grid], Grid] {rot90}  ; x1, power.py:9
# CHECK-DAG:     = power(first, 2) : Callable{{\[\[}}Any], Any] {power}  ; x2, power.py:10
# CHECK-DAG:     = call %{{[0-9]+}}(I) : Integer  ; x3, power.py:11
# CHECK-DAG:     = power(first, 0) : Never  ; x4, power.py:18
# CHECK-DAG:     = power(first, %{{[0-9]+}}) : Callable{{\[\[}}Any], Any] {power}  ; x6, power.py:13
# CHECK-DAG:     = call %{{[0-9]+}}(I) : Union[Integer, Tuple[Integer]]  ; x7, power.py:14
