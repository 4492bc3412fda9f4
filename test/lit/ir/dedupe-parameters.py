# RUN: %battc inspect --emit=ir %s | FileCheck %s
# The same expression over a different number of parameters is a different solver (they are
# called differently), so the body hash includes the parameter count.
from dsl import *


def solve_one(I):
    O = vmirror(I)
    return O


def solve_two(I, J):
    O = vmirror(I)
    return O


def solve_renamed(G, H):
    O = vmirror(G)
    return O

# CHECK: solver solve_one(I) hash [[H1:[0-9a-f]+]]
# CHECK: solver solve_two(I, J) hash [[H2:[0-9a-f]+]]
# CHECK: solver solve_renamed(G, H) hash [[H2]]
# CHECK: 3 solvers, 2 unique, 1 duplicate groups, 1 call nodes
