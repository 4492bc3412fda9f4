# RUN: %battc inspect --emit=dag %s | FileCheck %s
# --emit=dag: the fused DAG of the unique solvers, one node per line in evaluation order (each
# after its operands), each node once however many solvers use it, with the first line it comes
# from and how many solvers use it; then every solver's root. Every line runs and the first error
# wins: a solver's root is its result when the result's walk runs the lines in program order
# anyway (a chain, as in the first three), else a 'lines' node: the lines that must run before
# the walk of the next one reaches them (here x1 and the unused x2), then the result.
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


def solve_unused_line(I):
    x1 = objects(I, T, F, T)
    x2 = hmirror(I)
    x3 = argmax(x1, size)
    O = subgrid(x3, I)
    return O

# CHECK:      ; fused DAG: 11 nodes, 6 calls, 4 leaves, max depth 3, 3 shared calls
# CHECK-NEXT: %0 = input 0
# CHECK-NEXT: %1 = objects(%0, True, False, True)  ; x1 in solve_left (line 13), used by 3 solvers
# CHECK-NEXT: %2 = argmax(%1, size)  ; x2 in solve_left (line 14), used by 2 solvers{{$}}
# CHECK-NEXT: %3 = subgrid(%2, %0)  ; O in solve_left (line 15), used by 2 solvers{{$}}
# CHECK-NEXT: %4 = argmin(%1, size)  ; x2 in solve_right (line 21){{$}}
# CHECK-NEXT: %5 = subgrid(%4, %0)  ; O in solve_right (line 22){{$}}
# CHECK-NEXT: %6 = hmirror(%0)  ; x2 in solve_unused_line (line 35){{$}}
# CHECK-NEXT: %7 = lines(%1, %6, %3){{$}}
# CHECK-NEXT: ; roots
# CHECK-NEXT: solve_left = %3
# CHECK-NEXT: solve_right = %5
# CHECK-NEXT: solve_left_again = %3  ; same body as solve_left
# CHECK-NEXT: solve_unused_line = %7
# CHECK-NEXT: 4 solvers, 3 unique, 1 duplicate groups, 6 call nodes, 4 leaves, max depth 3, 3 shared calls
