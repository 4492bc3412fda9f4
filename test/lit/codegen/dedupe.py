# RUN: %battc inspect --emit=cpp %s | FileCheck %s
# Solvers with the same normalized body run once: one root, no code of their own. The program
# table lists every solver name with the unique body it runs and the solver it duplicates.
from dsl import *
from constants import *


def solve_original(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O


def solve_renamed(G):
    objs = objects(G, True, False, True)
    biggest = argmax(objs, size)
    result = subgrid(biggest, G)
    return result


def solve_other(I):
    O = vmirror(I)
    return O

# Three calls for the body of the first two solvers, one for the third.
# CHECK-LABEL: //--- shard0.cpp
# CHECK-COUNT-4: case {{[0-9]+}}: return eval(
# CHECK-NOT: case
# CHECK-LABEL: //--- program.cpp
# CHECK: const Solver kSolvers[] = {
# CHECK-NEXT: {"solve_original", [[U:[0-9]]], "[[HASH:[0-9a-f]+]]", "",
# CHECK: {"solve_other", {{[0-9]}}, "{{[0-9a-f]+}}", "",
# CHECK: {"solve_renamed", [[U]], "[[HASH]]", "solve_original",
# CHECK: const uint32_t kRoots[] = {
# CHECK-NEXT: {{^    [0-9]+, [0-9]+$}}
# CHECK: .num_solvers = 3,
# CHECK-NEXT: .num_unique = 2,
# CHECK: 3 solvers, 2 unique, 1 duplicate groups, 4 call nodes
