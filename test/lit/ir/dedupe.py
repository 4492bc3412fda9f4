# RUN: %battc inspect --emit=dag --solver solve_b %s | FileCheck %s
# Solvers are duplicates when their normalized bodies are the same: variable names and constant
# spelling do not matter. Every line runs, so a line the result does not use does matter
# (solve_e). Hashes are compared first, then the bodies.
from dsl import *
from constants import *


def solve_a(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O


def solve_b(G):
    objs = objects(G, True, False, True)
    biggest = argmax(objs, size)
    result = subgrid(biggest, G)
    return result


def solve_c(I):
    x1 = objects(I, T, F, F)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O


def solve_d(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O


def solve_e(I):
    unused = vmirror(I)
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O

# CHECK:      ; roots
# CHECK-NEXT: solve_a = %[[A:[0-9]+]]
# CHECK-NEXT: solve_b = %[[A]]  ; same body as solve_a
# CHECK-NEXT: solve_c = %{{[0-9]+}}{{$}}
# CHECK-NEXT: solve_d = %[[A]]  ; same body as solve_a
# CHECK-NEXT: solve_e = %{{[0-9]+}}{{$}}
# CHECK-NEXT: solver solve_b at {{.*}}dedupe.py:16:5
# CHECK-NEXT:   hash: {{[0-9a-f]{16}$}}
# CHECK-NEXT:   duplicate group: solve_a, solve_b, solve_d
# CHECK:      5 solvers, 3 unique, 1 duplicate groups, 7 call nodes
