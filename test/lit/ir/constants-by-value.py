# RUN: %battc inspect --emit=ir %s | FileCheck %s
# Constants are nodes by value: T is True and ONE is 1. But True and 1 stay different nodes, as
# in CPython they are different objects (astuple(T, 1) is (True, 1), which repr()s differently
# from (1, 1)).
from dsl import *
from constants import *


def solve_named(I):
    O = astuple(T, ONE)
    return O


def solve_literal(I):
    O = astuple(True, 1)
    return O


def solve_ints(I):
    O = astuple(1, 1)
    return O


def solve_bools(I):
    O = astuple(T, True)
    return O

# CHECK: solver solve_named(I) hash [[H1:[0-9a-f]+]]
# CHECK-NEXT:    %0 = astuple(True, 1)
# CHECK: solver solve_literal(I) hash [[H1]]
# CHECK-NEXT:    %0 = astuple(True, 1)
# CHECK-LABEL: solver solve_ints(I) hash
# CHECK-NOT:   [[H1]]
# CHECK-NEXT:    %0 = astuple(1, 1)
# CHECK-LABEL: solver solve_bools(I) hash
# CHECK-NEXT:    %0 = astuple(True, True)
# CHECK: 4 solvers, 3 unique, 1 duplicate groups, 3 call nodes
