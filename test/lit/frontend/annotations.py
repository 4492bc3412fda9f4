# RUN: %not %battc inspect --emit=ir %s 2>&1 | FileCheck %s
# Annotations are accepted as in CPython: on parameters, on the return, on local assignments,
# with names from arc_types and typing (subscripted, or dotted after 'import typing'). They do
# not change the solver. An unknown name in a parameter or return annotation is an error (CPython
# evaluates them when the 'def' runs): that solver is skipped, the others compile. CPython never
# evaluates the annotation of a local variable: any name goes there.
import typing
from dsl import *
from constants import *


def solve_plain(I: Grid) -> Grid:
    x1: Integer = size(I)
    x2: Callable[[Grid], Grid] = rbind(upscale, x1)
    x3: Tuple[Integer, Integer] = shape(I)
    x4: typing.Any = vmirror(I)
    x5: NotAType = hmirror(I)
    O: Grid = x2(x4)
    return O


# CHECK: {{.*}}annotations.py:[[@LINE+1]]:18: error: unknown name 'Gird' in an annotation; CPython evaluates the annotations of a function when it defines it{{$}}
def solve_bad(I: Gird) -> Grid:
    O = vmirror(I)
    return O


# CHECK: {{.*}}annotations.py:[[@LINE+1]]:28: error: unknown name 'Nothing' in an annotation; CPython evaluates the annotations of a function when it defines it{{$}}
def solve_bad_return(I) -> Nothing:
    O = vmirror(I)
    return O

# CHECK-NOT: warning
# CHECK: 2 errors generated.
# CHECK-LABEL: solver solve_plain(I)
# CHECK-NEXT:    %0 = size(I)  ; x1 (line 13)
# CHECK-NEXT:    %1 = rbind(upscale, %0)  ; x2 (line 14)
# CHECK-NEXT:    %2 = shape(I)  ; x3 (line 15)
# CHECK-NEXT:    %3 = vmirror(I)  ; x4 (line 16)
# CHECK-NEXT:    %4 = hmirror(I)  ; x5 (line 17)
# CHECK-NEXT:    %5 = call %1(%3)  ; O (line 18)
# CHECK-NEXT:    lines %1, %2, %3, %4  ; run in this order, the first error wins
# CHECK-NEXT:    return %5
# CHECK-NOT:   solve_bad
# CHECK:       1 solvers, 1 unique, 0 duplicate groups, 6 call nodes, {{.*}}, 2 skipped{{$}}
