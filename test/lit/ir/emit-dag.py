# RUN: %battc inspect --emit=dag %s | FileCheck %s
# --emit=dag: the fused DAG of the unique solvers, one node per line in evaluation order (each
# after its operands), each node once however many solvers use it, with the first line it comes
# from and how many solvers use it; then every solver's root.
from dsl import *
from constants import *


def solve_left(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O


def solve_right(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    O = subgrid(x2, I)
    return O


def solve_left_again(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O

# CHECK:      ; fused DAG: 9 nodes, 5 calls, 4 leaves, max depth 3, 1 shared calls
# CHECK-NEXT: %0 = input 0
# CHECK-NEXT: %1 = objects(%0, True, False, True)  ; x1 in solve_left (line 10), used by 2 solvers
# CHECK-NEXT: %2 = argmax(%1, size)  ; x2 in solve_left (line 11){{$}}
# CHECK-NEXT: %3 = subgrid(%2, %0)  ; O in solve_left (line 12){{$}}
# CHECK-NEXT: %4 = argmin(%1, size)  ; x2 in solve_right (line 18){{$}}
# CHECK-NEXT: %5 = subgrid(%4, %0)  ; O in solve_right (line 19){{$}}
# CHECK-NEXT: ; roots
# CHECK-NEXT: solve_left = %3
# CHECK-NEXT: solve_right = %5
# CHECK-NEXT: solve_left_again = %3  ; same body as solve_left
# CHECK-NEXT: 3 solvers, 2 unique, 1 duplicate groups, 5 call nodes, 4 leaves, max depth 3, 1 shared calls
