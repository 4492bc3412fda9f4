# RUN: %battc inspect --emit=dag %s | FileCheck %s
# --emit=dag: the fused DAG of the unique solvers, one node per line in evaluation order (each
# after its operands), each node once however many solvers use it, with the first line it comes
# from and how many solvers use it; then every solver's root. A solver's root is its 'lines'
# node: its lines in program order (they all run, the first error wins), the result last.
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

# CHECK:      ; fused DAG: 11 nodes, 5 calls, 4 leaves, max depth 3, 1 shared calls
# CHECK-NEXT: %0 = input 0
# CHECK-NEXT: %1 = objects(%0, True, False, True)  ; x1 in solve_left (line 11), used by 2 solvers
# CHECK-NEXT: %2 = argmax(%1, size)  ; x2 in solve_left (line 12){{$}}
# CHECK-NEXT: %3 = subgrid(%2, %0)  ; O in solve_left (line 13){{$}}
# CHECK-NEXT: %4 = lines(%1, %2, %3){{$}}
# CHECK-NEXT: %5 = argmin(%1, size)  ; x2 in solve_right (line 19){{$}}
# CHECK-NEXT: %6 = subgrid(%5, %0)  ; O in solve_right (line 20){{$}}
# CHECK-NEXT: %7 = lines(%1, %5, %6){{$}}
# CHECK-NEXT: ; roots
# CHECK-NEXT: solve_left = %4
# CHECK-NEXT: solve_right = %7
# CHECK-NEXT: solve_left_again = %4  ; same body as solve_left
# CHECK-NEXT: 3 solvers, 2 unique, 1 duplicate groups, 5 call nodes, 4 leaves, max depth 3, 1 shared calls
