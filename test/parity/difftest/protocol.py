"""The calls/results protocol shared by gen_calls.py, pyeval.py, difftest.py and batt-eval.

Calls file: one call per line in a restricted Python expression syntax (check_call), '#' lines are
comments. Results file: one line per call, `ok\t<repr>`, `error\t<ExceptionName>` or `timeout\t-`.
A value that holds an address-hashed object (function, None) inside a frozenset has no
reproducible iteration order (../shared/docs/SET-ORDER.md §8); it is written
`ok\t<address-ordered>\t<canonical form>` so that it can still be compared for equality.
"""
import ast
import inspect
import sys
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
# The shared folder sits beside the repository root (test/parity/difftest is three levels down).
DEFAULT_SHARED = HERE.parents[2].parent / 'shared'

CALLABLE = '<callable>'
ADDRESS_ORDERED = '<address-ordered>'
TIMEOUT_LINE = 'timeout\t-'


def load_dsl(shared):
    """Import dsl.py and constants.py from SHARED/arc-dsl.

    Returns (primitives, constants): name -> value, primitives in definition order.
    """
    sys.path.insert(0, str(Path(shared) / 'arc-dsl'))
    import constants
    import dsl
    primitives = {name: f for name, f in vars(dsl).items()
                  if inspect.isfunction(f) and f.__module__ == 'dsl'}
    consts = {name: v for name, v in vars(constants).items() if name.isupper()}
    return primitives, consts


def is_comment(line):
    return line.startswith('#')


# ---------------------------------------------------------------------------------------------
# Calls

def literal(value):
    """Protocol text of a value made of ints, bools, None, tuples and frozensets.

    A frozenset is written with its elements in iteration order; rebuilding it from that text
    inserts them in that order, which need not reproduce the original table layout.
    """
    if isinstance(value, tuple):
        items = [literal(e) for e in value]
        return '(' + ', '.join(items) + (',)' if len(items) == 1 else ')')
    if isinstance(value, frozenset):
        return 'frozenset(' + literal(tuple(value)) + ')' if value else 'frozenset()'
    if value is None or isinstance(value, int):
        return repr(value)
    raise TypeError(f'no protocol literal for {type(value).__name__}')


def check_call(line, primitives, constants):
    """Raise ValueError unless LINE is a call of one primitive in the protocol syntax:

    expr    := call | literal | NAME
    call    := NAME '(' [expr (',' expr)*] ')'
    literal := INT | '-' INT | True | False | None | tuple | 'frozenset()' | 'frozenset(' tuple ')'
    In particular no set display `{...}`: CPython folds displays of constants (SET-ORDER.md §8.2).
    """
    tree = ast.parse(line, mode='eval').body
    if not (isinstance(tree, ast.Call) and isinstance(tree.func, ast.Name)
            and tree.func.id in primitives):
        raise ValueError('the top level is not a call of a primitive')
    _check_expr(tree, primitives, constants)


def _check_expr(node, primitives, constants):
    if isinstance(node, ast.Constant):
        ok = node.value is None or isinstance(node.value, int)
    elif isinstance(node, ast.UnaryOp):
        ok = (isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant)
              and type(node.operand.value) is int)
    elif isinstance(node, ast.Name):
        ok = node.id in primitives or node.id in constants
    elif isinstance(node, ast.Tuple):
        ok = all(_check_expr(e, primitives, constants) for e in node.elts)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
        if node.func.id == 'frozenset':
            ok = not node.args or (len(node.args) == 1 and isinstance(node.args[0], ast.Tuple)
                                   and node.args[0].elts)
        else:
            ok = node.func.id in primitives
        ok = ok and all(_check_expr(a, primitives, constants) for a in node.args)
    else:
        ok = False
    if not ok:
        raise ValueError(f'not protocol syntax: {ast.unparse(node)[:80]}')
    return True


# ---------------------------------------------------------------------------------------------
# Results

def result_text(value):
    """What follows `ok\t` for a value computed by CPython."""
    if callable(value):
        return CALLABLE
    text = repr(value)
    if 'None' not in text and '<' not in text:
        return text  # no None and no function repr inside: repr() is the answer
    if _address_ordered(value):
        return ADDRESS_ORDERED + '\t' + canonical(value)
    return _repr_with_callables(value)


def _has_address_hash(value):
    """Whether VALUE is or contains an object that CPython 3.11 hashes by address."""
    if value is None or callable(value):
        return True
    return isinstance(value, (tuple, frozenset)) and any(map(_has_address_hash, value))


def holds_address_hashed(value):
    """Whether VALUE is a container holding a function or None at any depth: should a primitive
    put it in a set, the set's order would depend on addresses."""
    return isinstance(value, (tuple, frozenset)) and any(map(_has_address_hash, value))


def _address_ordered(value):
    """Whether VALUE contains a frozenset holding a function or None at any depth."""
    if isinstance(value, frozenset):
        return holds_address_hashed(value)
    return isinstance(value, tuple) and any(map(_address_ordered, value))


def _repr_with_callables(value):
    # Only tuples get here with callables inside: a frozenset holding one is address-ordered.
    if isinstance(value, tuple):
        items = [_repr_with_callables(e) for e in value]
        return '(' + ', '.join(items) + (',)' if len(items) == 1 else ')')
    return CALLABLE if callable(value) else repr(value)


def canonical(value):
    """Canonical form of ../shared/golden/FORMAT.md: equal forms <=> equal under Python ==."""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, tuple):
        items = [canonical(e) for e in value]
        return '(' + ', '.join(items) + (',)' if len(items) == 1 else ')')
    if isinstance(value, frozenset):
        return 'frozenset({' + ', '.join(sorted(canonical(e) for e in value)) + '})'
    if callable(value):
        return CALLABLE
    return repr(value)


def canonical_of_repr(text):
    """Canonical form of a value given by its result text (a repr with `<callable>` inside)."""
    return _canonical_node(ast.parse(text.replace(CALLABLE, '_callable_'), mode='eval').body)


def _canonical_node(node):
    if isinstance(node, ast.Constant):
        return str(int(node.value)) if isinstance(node.value, bool) else repr(node.value)
    if isinstance(node, ast.UnaryOp):  # a negative int
        return '-' + _canonical_node(node.operand)
    if isinstance(node, ast.Name):
        return CALLABLE
    if isinstance(node, ast.Tuple):
        items = [_canonical_node(e) for e in node.elts]
        return '(' + ', '.join(items) + (',)' if len(items) == 1 else ')')
    if isinstance(node, ast.Call):  # frozenset() or frozenset({...})
        elements = node.args[0].elts if node.args else []
        return 'frozenset({' + ', '.join(sorted(map(_canonical_node, elements))) + '})'
    raise ValueError(f'not a result repr: {ast.unparse(node)[:80]}')


class Result(NamedTuple):
    status: str     # ok | error | timeout
    text: str       # the repr, the exception name, or '-'
    address_ordered: bool = False

    def canonical(self):
        # An address-ordered result carries its canonical form as its text.
        return self.text if self.address_ordered else canonical_of_repr(self.text)


def parse_result(line):
    status, _, text = line.rstrip('\n').partition('\t')
    if status not in ('ok', 'error', 'timeout'):
        raise ValueError(f'bad result line: {line[:80]!r}')
    if status == 'ok' and text.startswith(ADDRESS_ORDERED + '\t'):
        return Result(status, text[len(ADDRESS_ORDERED) + 1:], True)
    return Result(status, text)
