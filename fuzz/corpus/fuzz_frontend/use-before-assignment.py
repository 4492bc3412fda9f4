# A variable used before its assignment is what CPython raises UnboundLocalError for when the
# line runs: a warning (exit status 0), and the use compiles to that error.
from dsl import *
from constants import *


def solve_early(I):
    # CHECK: {{.*}}use-before-assignment.py:[[@LINE+4]]:18: warning: variable 'x2' is used before it is assigned; the line raises UnboundLocalError{{$}}
    # CHECK-NEXT: {{^}}    x1 = vmirror(x2){{$}}
    # CHECK-NEXT: {{^}}                 ^{{$}}
    # CHECK-NEXT: {{.*}}use-before-assignment.py:[[@LINE+2]]:5: note: assigned here
    x1 = vmirror(x2)
    x2 = hmirror(I)
    return x1


def solve_self(I):
    # CHECK: {{.*}}use-before-assignment.py:[[@LINE+2]]:18: warning: variable 'x1' is used in its own assignment; the line raises UnboundLocalError{{$}}
    # CHECK-NOT: note
    x1 = vmirror(x1)
    return x1


def solve_shadowed_constant(I):
    # As in CPython, a name assigned anywhere in the function is local to all of it: this T is
    # the local assigned below (UnboundLocalError in CPython), not the constant. Each use warns.
    # CHECK: {{.*}}use-before-assignment.py:[[@LINE+5]]:21: warning: variable 'T' is used before it is assigned; the line raises UnboundLocalError{{$}}
    # CHECK: {{.*}}use-before-assignment.py:[[@LINE+5]]:5: note: assigned here
    # CHECK: {{.*}}use-before-assignment.py:[[@LINE+3]]:27: warning: variable 'T' is used before it is assigned; the line raises UnboundLocalError{{$}}
    # CHECK: {{.*}}use-before-assignment.py:[[@LINE+3]]:5: note: assigned here
    # CHECK: {{.*}}use-before-assignment.py:[[@LINE+2]]:5: warning: variable 'T' shadows the constant 'T'
    x1 = objects(I, T, F, T)
    T = first(x1)
    return T


def solve_return(I):
    # CHECK: {{.*}}use-before-assignment.py:[[@LINE+1]]:12: warning: unknown name 'O'; did you mean 'I'?; the line raises NameError{{$}}
    return O


# The line that raises runs first: its error wins over the later lines'.
# IR-LABEL: solver solve_early(I)
# IR-NEXT:    %0 = vmirror(<raises UnboundLocalError>)  ; x1 (line 15)
# IR-NEXT:    %1 = hmirror(I)  ; x2 (line 16)
# IR-NEXT:    lines %0, %1  ; run in this order, the first error wins
# IR-NEXT:    return %0
# IR-LABEL: solver solve_self(I)
# IR-NEXT:    %0 = vmirror(<raises UnboundLocalError>)  ; x1 (line 23)
# IR-NEXT:    return %0
# IR-LABEL: solver solve_shadowed_constant(I)
# IR-NEXT:    %0 = objects(I, <raises UnboundLocalError>, False, <raises UnboundLocalError>)  ; x1 (line 35)
# IR-NEXT:    %1 = first(%0)  ; T (line 36)
# IR-NEXT:    return %1
# IR-LABEL: solver solve_return(I)
# IR-NEXT:    return <raises NameError>
