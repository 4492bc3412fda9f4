"""Programs in the forms people write that the reference solvers do not use: annotations, tuple
displays of any expressions, None, rebinding, run-time errors (NameError, UnboundLocalError,
wrong arities, calls of non-functions), unused lines that raise, errors in program order, and
closures built twice. test/parity/forms_parity.py runs them through CPython (pyref.py) and battc
(interpreted and compiled) over the training tasks and requires the same status and value."""
from dsl import *
from constants import *
import typing


def solve_annotated(I: Grid) -> Grid:
    x1: Objects = objects(I, T, F, T)
    x2: Object = argmax(x1, size)
    x3: typing.Any = color(x2)
    O: Grid = fill(I, x3, toindices(x2))
    return O


def solve_annotated_generic(I: Tuple[Tuple[Integer]]) -> Callable[[Grid], Grid]:
    x1: Callable[[Grid], Grid] = compose(vmirror, hmirror)
    x2: 'Grid' = x1(I)
    x3: Tuple[Integer, Integer]
    return x2


def solve_tuple_of_variables(I):
    x1 = height(I)
    x2 = width(I)
    x3 = (x1, x2)
    x4 = (x2, 0)
    x5 = (size(I), (x3, ONE))
    O = (x3, x4, x5, mostcolor(I))
    return O


def solve_bare_tuple(I):
    x1 = shape(I)
    x2 = x1, mostcolor(I)
    return x2


def solve_tuple_used(I):
    x1 = height(I)
    x2 = (x1, x1)
    x3 = astuple(divide(x1, 2), 0)
    x4 = crop(I, x3, x2)
    O = hconcat(x4, I)
    return O


def solve_tuple_error_inside(I):
    x1 = objects(I, T, F, T)
    x2 = (first(x1), mostcommon(()), last(x1))
    return x2


def solve_none_literal(I):
    C = None
    x1 = equality(C, None)
    O = branch(x1, vmirror(I), I)
    return O


def solve_none_in_primitives(I):
    x1 = index(I, (0, 0))
    x2 = (None, x1)
    x3 = equality(x2, (None, index(I, ORIGIN)))
    O = astuple(x3, None)
    return O


def solve_none_raises(I):
    x1 = size(None)
    return x1


def solve_none_returned(I):
    x1 = vmirror(I)


def solve_bare_return(I):
    x1 = size(I)
    return


def solve_unknown_name(I):
    x1 = vmirror(I)
    x2 = frok(x1)
    return x1


def solve_unknown_name_after_error(I):
    x1 = mostcommon(())
    x2 = undefined_helper(I)
    return I


def solve_unknown_argument_order(I):
    x1 = combine(vmirror(I), not_defined)
    return x1


def solve_unbound_local(I):
    x1 = vmirror(x2)
    x2 = hmirror(I)
    return x1


def solve_rebinding(I):
    x1 = vmirror(I)
    x1 = hmirror(x1)
    I = rot90(I)
    O = hconcat(x1, I)
    return O


def solve_wrong_arity(I):
    x1 = objects(I, T, F, T)
    x2 = product(connect, x1, x1)
    return x1


def solve_wrong_arity_after_error(I):
    x1 = first(totuple(objects(I, T, T, T)))
    x2 = hsplit(x1, 2, 3)
    return x2


def solve_wrong_arity_args_first(I):
    x1 = prapply(mostcommon(()), I)
    return x1


def solve_constant_called(I):
    x1 = ONE(I)
    return x1


def solve_unused_line_raises(I):
    x1 = vmirror(I)
    x2 = mostcommon(())
    O = hmirror(x1)
    return O


def solve_errors_in_program_order(I):
    x1 = difference(initset(0), initset(0))
    x2 = last(x1)
    x3 = first(x1)
    O = combine(x3, x2)
    return O


def solve_error_order_in_a_line(I):
    x0 = difference(initset(0), initset(0))
    x1 = astuple(first(x0), last(x0))
    return x1


def solve_unused_timeout_after_error(I):
    x1 = hsplit(I, 0)
    x2 = power(vmirror, 0)
    x3 = x2(I)
    return I


def solve_closures_built_twice(I):
    x1 = compose(vmirror, hmirror)
    x2 = compose(vmirror, hmirror)
    x3 = equality(x1, x2)
    x4 = equality(x1, x1)
    O = astuple(x3, x4)
    return O


def solve_closure_in_apply_twice(I):
    x1 = rbind(rbind, ONE)
    x2 = apply(x1, initset(add))
    x3 = apply(x1, initset(add))
    O = equality(x2, x3)
    return O


def solve_dynamic_builder(I):
    f = compose
    x1 = f(vmirror, hmirror)
    x2 = compose(vmirror, hmirror)
    O = equality(x1, x2)
    return O


def solve_code_after_return(I):
    x1 = vmirror(I)
    return x1
    x2 = hmirror(x1)


def solve_no_parameters():
    x1 = canvas(0, (2, 2))
    return x1


def solve_two_parameters(I, C):
    x1 = vmirror(I)
    return x1
