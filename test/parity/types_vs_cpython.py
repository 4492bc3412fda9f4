#!/usr/bin/env python3
"""Checks the static types of `battc inspect --emit=types` against CPython: runs the solvers of a
solver file with dsl.py on the inputs of ARC tasks and checks that the value of every solver line
(an assignment whose node --emit=types prints with `; VAR, FILE:LINE`) is a value of its static
type. A line that raises needs no check. Exit status 1 on any value outside its type.

  test/parity/types_vs_cpython.py --battc build/bin/battc --shared ../shared [--every 10]

With --solvers FILE (a lit test, say), every solver of FILE runs on the inputs of every --every'th
task, whatever its name; -v prints each checked value's type beside its static type.
"""
import argparse
import ast
import json
import os
import re
import subprocess
import sys


def split_top(text):
    """'A, B[C, D], E' -> ['A', 'B[C, D]', 'E']"""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in '[(':
            depth += 1
        elif ch in '])':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    if text[start:].strip():
        parts.append(text[start:].strip())
    return parts


ALIASES = {
    'IntegerTuple': '(Integer, Integer)',
    'Cell': '(Integer, IntegerTuple)',
    'Grid': 'Tuple[Tuple[Integer]]',
    'Object': 'FrozenSet[Cell]',
    'Indices': 'FrozenSet[IntegerTuple]',
    'Objects': 'FrozenSet[Object]',
    'IndicesSet': 'FrozenSet[Indices]',
    'Numerical': 'Union[Integer, IntegerTuple]',
    'Patch': 'Union[Indices, Object]',
    'Element': 'Union[Grid, Object]',
    'Piece': 'Union[Grid, Indices, Object]',
}


def member(value, t):
    """Whether `value` is a value of the printed type `t`."""
    t = t.strip()
    t = re.sub(r'\s*\{[a-z_0-9]+\}$', '', t)  # a callable's builder
    if t in ALIASES:
        return member(value, ALIASES[t])
    if t == 'Any':
        return True
    if t == 'Never':
        return False
    if t == 'NoneType':
        return value is None
    if t == 'Boolean':
        return isinstance(value, bool)
    if t == 'Integer':
        return isinstance(value, int)
    if t.startswith('Union['):
        return any(member(value, m) for m in split_top(t[6:-1]))
    if t.startswith('Tuple['):
        return isinstance(value, tuple) and all(member(e, t[6:-1]) for e in value)
    if t.startswith('FrozenSet['):
        return isinstance(value, frozenset) and all(member(e, t[10:-1]) for e in value)
    if t.startswith('('):
        inner = t[1:-1]
        elements = split_top(inner)
        return (isinstance(value, tuple) and len(value) == len(elements) and
                all(member(e, m) for e, m in zip(value, elements)))
    if t.startswith('Callable'):
        if not callable(value):
            return False
        params = split_top(t[len('Callable['):-1])[0]
        if params == '...':
            return True
        return value.__code__.co_argcount == len(split_top(params[1:-1]))
    raise ValueError(f'unknown type {t}')


def describe(value):
    """A short structural description of a value: int, bool, tuple[...], frozenset[...]."""
    if isinstance(value, (tuple, frozenset)):
        kinds = sorted({describe(e) for e in value})
        name = 'tuple' if isinstance(value, tuple) else 'frozenset'
        return f'{name}[{" | ".join(kinds)}]'
    if callable(value):
        return f'function/{value.__code__.co_argcount}'
    return type(value).__name__


def static_types(battc, solvers):
    """{(solver, line): type} from --emit=types."""
    out = subprocess.run([battc, 'inspect', '--emit=types', solvers], check=True,
                         capture_output=True, text=True).stdout
    types, solver = {}, None
    for line in out.splitlines():
        if line.startswith('solver '):
            solver = line.split()[1].split('(')[0]
            continue
        m = re.match(r'  %\d+ = .* : (.*)  ; \w+, [^:]+:(\d+)$', line)
        if m:
            types.setdefault((solver, int(m.group(2))), m.group(1))
    return types


class Instrument(ast.NodeTransformer):
    """After each assignment `x = e` of a solver: __check__('solve_..', line, x)."""

    def visit_FunctionDef(self, fn):
        body = []
        for stmt in fn.body:
            body.append(stmt)
            if isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name):
                call = ast.parse(f'__check__({fn.name!r}, {stmt.lineno}, {stmt.targets[0].id})').body[0]
                ast.copy_location(call, stmt)
                ast.fix_missing_locations(call)
                body.append(call)
        fn.body = body
        return fn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--battc', required=True)
    parser.add_argument('--shared', required=True)
    parser.add_argument('--every', type=int, default=1, help='every Nth task')
    parser.add_argument('--solvers', help='run every solver of this file on every task')
    parser.add_argument('-v', action='store_true', help='print each distinct (line, type) seen')
    args = parser.parse_args()
    dsl_dir = os.path.join(args.shared, 'arc-dsl')
    solvers_py = args.solvers or os.path.join(dsl_dir, 'solvers.py')
    types = static_types(args.battc, solvers_py)

    sys.path.insert(0, dsl_dir)
    sys.setrecursionlimit(10000)
    failures, checked, seen = [], 0, set()

    def check(solver, line, value):
        nonlocal checked
        t = types.get((solver, line))
        if t is None:
            return
        checked += 1
        if args.v:
            seen.add((solver, line, t, describe(value)))
        if not member(value, t):
            failures.append(f'{solver} line {line}: {t} does not hold {value!r:.120}')

    tree = Instrument().visit(ast.parse(open(solvers_py).read()))
    scope = {"__check__": check, "__name__": "solvers"}
    exec(compile(tree, solvers_py, 'exec'), scope)
    tasks_dir = os.path.join(args.shared, 'arc-data', 'arc-agi-1', 'training')
    names = sorted(os.listdir(tasks_dir))[::args.every]
    for name in names:
        task = json.load(open(os.path.join(tasks_dir, name)))
        if args.solvers:
            chosen = [f for n, f in scope.items() if n.startswith('solve')]
        else:
            chosen = [scope[n] for n in ['solve_' + name[:-5]] if n in scope]
        for solver in chosen:
            for example in task['train'] + task['test']:
                grid = tuple(tuple(row) for row in example['input'])
                try:
                    solver(grid)
                except Exception:
                    pass
    print(f'{checked} line values checked on {len(names)} tasks, {len(failures)} outside their type')
    for solver, line, t, value in sorted(seen):
        print(f'{solver} line {line}: {t} <- {value}')
    for failure in failures[:50]:
        print(failure)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
