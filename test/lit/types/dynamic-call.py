# RUN: %battc inspect --emit=types %s | FileCheck %s
# A call of a computed function: typed by the callee's builder on the arguments' types; a callee
# that is a union is called member by member; a call with the wrong number of arguments, or of a
# value that is not a function, raises TypeError: Never.
from dsl import *
from constants import *


def solve_dynamic(I):
    x1 = rbind(hsplit, TWO)
    x2 = x1(I)
    x3 = size(I)
    x4 = even(x3)
    x5 = branch(x4, x1, first)
    x6 = x5(I)
    x7 = astuple(x2, x6)
    return x7

# CHECK-LABEL: solver solve_dynamic(I)
# CHECK-DAG:     = call %{{[0-9]+}}(I) : Tuple[Grid]  ; x2, dynamic-call.py:11
# CHECK-DAG:     = call %{{[0-9]+}}(I) : Union[Tuple[Grid], Tuple[Integer]]  ; x6, dynamic-call.py:15


def solve_wrong_arity(I):
    x1 = rbind(hsplit, TWO)
    x2 = x1(I, I)
    return x2

# CHECK-LABEL: solver solve_wrong_arity(I)
# CHECK:         = call %{{[0-9]+}}(I, I) : Never  ; x2, dynamic-call.py:26


def solve_not_a_function(I):
    x1 = size(I)
    x2 = x1(I)
    return x2

# CHECK-LABEL: solver solve_not_a_function(I)
# CHECK:         = call %{{[0-9]+}}(I) : Never  ; x2, dynamic-call.py:35
