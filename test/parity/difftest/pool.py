#!/usr/bin/env python3
"""The value pool: realistic arguments, taken from what the 400 reference solvers compute.

Every solve_* function of solvers.py runs on the first train inputs of its own task, one statement
at a time. Each variable it assigns becomes a pool entry written as the solver's own expression
with the earlier variables inlined, e.g. `argmax(objects(I, T, F, T), size)`: evaluating that
text rebuilds the value with the very set layout the solver saw, and closures such as
`rbind(shift, ...)` come along as expressions. An entry whose inlined expression is too long or
too costly to re-evaluate is written as a literal instead (functions are then dropped).

The pool is deterministic (sorted solvers, fixed inputs, costs counted in Python calls rather than
seconds). It is cached in pool.json.xz, keyed by a digest of its inputs and of this file; run
`pool.py` to refresh the cache after changing either.

usage: pool.py [--shared DIR]        rebuild pool.json.xz
"""
import argparse
import ast
import hashlib
import json
import lzma
import re
import sys
from pathlib import Path
from typing import NamedTuple

from protocol import DEFAULT_SHARED, holds_address_hashed, literal, load_dsl

HERE = Path(__file__).resolve().parent
CACHE = HERE / 'pool.json.xz'
TRAINING = Path('arc-data/arc-agi-1/training')

INPUTS_PER_SOLVER = 3   # train inputs of its own task that each solver runs on
MAX_COST = 20000        # Python-level calls (frames entered) to re-evaluate one entry
MAX_TEXT = 4000         # characters of one entry, with the input grid written out
MAX_PER_CONTEXT = 16    # entries kept per (solver, input)


class Context(NamedTuple):
    """What one solver computed on one input. Entries are (kind, arity, element, template): the
    arity of a function, the kind of the elements of a container (element_kind), and the
    expression, which names the input grid `I` (see expand)."""
    name: str
    grid: str
    entries: list


def expand(template, grid):
    """The protocol text of an entry: its template with the input grid written out."""
    return re.sub(r'\bI\b', lambda _: grid, template)


def classify(value):
    """Kind of a value, the unit in which the generator types arguments (gen_calls.ALL_KINDS)."""
    if value is None:
        return 'none'
    if isinstance(value, bool):
        return 'bool'
    if isinstance(value, int):
        return 'int'
    if callable(value):
        return 'function'
    if isinstance(value, tuple):
        if not value:
            return 'empty_tuple'
        if all(isinstance(e, int) for e in value):
            return 'pair' if len(value) == 2 else 'ints'
        if _is_grid(value):
            return 'grid'
        if all(_is_grid(e) for e in value):
            return 'grids'
        return 'tuple'
    if not value:
        return 'empty_set'
    if all(isinstance(e, int) for e in value):
        return 'intset'
    if all(_is_pair(e) for e in value):
        return 'indices'
    if all(_is_cell(e) for e in value):
        return 'object'
    if all(isinstance(e, frozenset) and e for e in value):
        if all(_is_cell(c) for e in value for c in e):
            return 'objects'
        if all(_is_pair(c) for e in value for c in e):
            return 'indicesset'
    return 'frozenset'


def element_kind(value):
    """The kind of all the elements of a container (of the rows, for a grid), if they share one."""
    if not isinstance(value, (tuple, frozenset)) or not value:
        return None
    kinds = {classify(e) for e in value}
    return kinds.pop() if len(kinds) == 1 else None


def _is_pair(v):
    return isinstance(v, tuple) and len(v) == 2 and all(isinstance(e, int) for e in v)


def _is_cell(v):
    return isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], int) and _is_pair(v[1])


def _is_grid(v):
    return (isinstance(v, tuple) and len(v) > 0 and isinstance(v[0], tuple) and len(v[0]) > 0
            and all(isinstance(r, tuple) and len(r) == len(v[0])
                    and all(isinstance(e, int) for e in r) for r in v))


def training_tasks(shared):
    """(task id, task JSON) of every ARC-AGI-1 training task, sorted by id."""
    for path in sorted((Path(shared) / TRAINING).glob('*.json')):
        yield path.stem, json.loads(path.read_text())


def as_grid(rows):
    return tuple(tuple(r) for r in rows)


def _digest(shared):
    h = hashlib.sha256(Path(__file__).read_bytes())
    for name in ('dsl.py', 'constants.py', 'solvers.py'):
        h.update((Path(shared) / 'arc-dsl' / name).read_bytes())
    return h.hexdigest()[:16]


def load(shared):
    """The pool: from the cache when it is current, else rebuilt (a few seconds)."""
    digest = _digest(shared)
    if CACHE.exists():
        data = json.loads(lzma.decompress(CACHE.read_bytes()))
        if data['digest'] == digest:
            return [Context(*c) for c in data['contexts']]
    print(f'pool: {CACHE.name} is missing or stale, rebuilding (run pool.py to refresh it)',
          file=sys.stderr)
    return build(shared)


def build(shared):
    primitives, constants = load_dsl(shared)
    solvers = _parse_solvers(Path(shared) / 'arc-dsl' / 'solvers.py')
    tasks = dict(training_tasks(shared))
    contexts = []
    for name in sorted(solvers):
        for k, pair in enumerate(tasks[name[len('solve_'):]]['train'][:INPUTS_PER_SOLVER]):
            grid = as_grid(pair['input'])
            entries = _run_solver(solvers[name], grid, {**primitives, **constants})
            contexts.append(Context(f'{name}/train{k}', literal(grid), entries))
    return contexts


def _parse_solvers(path):
    """solver name -> its statements `target = function(names...)`, as (target, function, names):
    every reference solver is straight-line code of such statements."""
    solvers = {}
    for f in ast.parse(path.read_text()).body:
        if isinstance(f, ast.FunctionDef) and f.name.startswith('solve_'):
            solvers[f.name] = [(s.targets[0].id, s.value.func.id, [a.id for a in s.value.args])
                               for s in f.body if isinstance(s, ast.Assign)]
    return solvers


class _CallCounter:
    """Counts frames entered (functions, lambdas, generator resumptions): a deterministic measure
    of the work a statement does, unlike its running time."""

    def __init__(self):
        self.calls = 0

    def __call__(self, frame, event, arg):
        if event == 'call':
            self.calls += 1


class _Inlined(NamedTuple):
    text: str       # protocol text, naming the input grid I
    cost: int       # calls needed to evaluate it from scratch
    grids: int      # how many times it names I


def _run_solver(statements, grid, namespace):
    namespace = dict(namespace, I=grid)
    grid_len = len(literal(grid))
    counter = _CallCounter()
    inlined = {'I': _Inlined('I', 0, 1)}   # local variable -> its expression or None
    tainted = set()                         # local variables that may depend on addresses
    entries = []
    for target, function, args in statements:
        before = counter.calls
        sys.setprofile(counter)
        try:
            exec(f'{target} = {function}({", ".join(args)})', namespace)
        except Exception:
            break  # the values computed so far are still good
        finally:
            sys.setprofile(None)
        value = namespace[target]
        inlined[target] = None
        if tainted.intersection(args + [function]) or holds_address_hashed(value):
            # A function or None inside a container may end up in a set, whose order then
            # depends on addresses (five solvers put functions in frozensets, SET-ORDER.md §8):
            # neither the value nor anything computed from it is reproducible.
            tainted.add(target)
            continue
        # Names of dsl primitives and constants stand for themselves.
        deps = [inlined[a] if a in inlined else _Inlined(a, 0, 0) for a in args]
        if function not in inlined and None not in deps:  # calling a closure is no protocol call
            chain = _Inlined(f'{function}({", ".join(d.text for d in deps)})',
                             counter.calls - before + sum(d.cost for d in deps),
                             sum(d.grids for d in deps))
            length = len(chain.text) + chain.grids * (grid_len - 1)
            if chain.cost <= MAX_COST and length <= MAX_TEXT:
                inlined[target] = chain
        if inlined[target] is None and not callable(value):
            if len(text := literal(value)) <= MAX_TEXT:
                inlined[target] = _Inlined(text, 0, 0)
        if inlined[target] is None:
            continue
        arity = value.__code__.co_argcount if callable(value) else None
        entries.append((classify(value), arity, element_kind(value), inlined[target].text))
    return _select(entries)


def _select(entries):
    """At most MAX_PER_CONTEXT distinct entries, spread over kinds and over the solver's steps:
    round-robin over kinds, each kind's entries in statement order."""
    by_kind = {}
    for entry in dict.fromkeys(entries):
        by_kind.setdefault(entry[0], []).append(entry)
    chosen = []
    while len(chosen) < MAX_PER_CONTEXT and any(by_kind.values()):
        for queue in by_kind.values():
            if queue and len(chosen) < MAX_PER_CONTEXT:
                chosen.append(queue.pop(0))
    return chosen


def main():
    parser = argparse.ArgumentParser(description='Rebuild the cached value pool.')
    parser.add_argument('--shared', default=DEFAULT_SHARED, type=Path)
    args = parser.parse_args()
    contexts = build(args.shared)
    data = {'digest': _digest(args.shared), 'contexts': contexts}
    CACHE.write_bytes(lzma.compress(json.dumps(data, separators=(',', ':')).encode()))
    entries = sum(len(c.entries) for c in contexts)
    print(f'{CACHE.name}: {len(contexts)} contexts, {entries} entries, '
          f'{CACHE.stat().st_size} bytes')


if __name__ == '__main__':
    main()
