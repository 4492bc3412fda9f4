#!/usr/bin/env python3
"""Generate dsl calls for the differential test, one per line (protocol.py, README.md).

Call i tests primitive i mod 160 (definition order in dsl.py). Its arguments are typed by the
annotations of dsl.py in "kinds" (pool.classify) and drawn from: one solver context of the value
pool (the input grid and what the solver computed from it, so that arguments fit together),
ARC grids, small synthetic grids, edge values, and closures built from primitives. About a third
of the calls get a wrong-typed argument (a kind the annotation does not admit, or a function of
the wrong arity), as mutated programs do.

Each call has its own random generator seeded by (seed, i): line i is the same for any count.

usage: gen_calls.py --seed N --count M [--out FILE] [--shared DIR] [--check] [--stats]
"""
import argparse
import ast
import contextlib
import random
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pool
from protocol import DEFAULT_SHARED, check_call, literal, load_dsl

WRONG_TYPED_RATE = 0.35  # calls that get a wrong-typed argument where one is possible
MAX_LINE = 30000        # characters per call
MAX_DEPTH = 2           # nesting of generated closures

TUPLE_KINDS = {'pair', 'ints', 'grid', 'grids', 'tuple', 'empty_tuple'}
SET_KINDS = {'intset', 'indices', 'object', 'objects', 'indicesset', 'frozenset', 'empty_set'}
ALL_KINDS = TUPLE_KINDS | SET_KINDS | {'int', 'bool', 'none', 'function'}

# The kinds each annotation of dsl.py admits.
ACCEPTS = {
    'Any': ALL_KINDS,
    'Boolean': {'bool'},
    'Integer': {'int', 'bool'},
    'Numerical': {'int', 'bool', 'pair'},
    'IntegerTuple': {'pair'},
    'Callable': {'function'},
    'Container': TUPLE_KINDS | SET_KINDS,
    'ContainerContainer': {'grid', 'grids', 'objects', 'indicesset', 'empty_tuple', 'empty_set'},
    'Tuple': TUPLE_KINDS,
    'FrozenSet': SET_KINDS,
    'IntegerSet': {'intset', 'empty_set'},
    'Grid': {'grid'},
    'Object': {'object', 'empty_set'},
    'Objects': {'objects', 'empty_set'},
    'Indices': {'indices', 'empty_set'},
    'Patch': {'object', 'indices', 'empty_set'},
    'Element': {'grid', 'object', 'empty_set'},
    'Piece': {'grid', 'object', 'indices', 'empty_set'},
}

# How often each kind is picked among those a parameter admits (or does not admit, when a
# wrong-typed argument is wanted): empty containers and None are edge cases, not the norm.
KIND_WEIGHTS = {
    'int': 4, 'bool': 2, 'none': 1, 'function': 2, 'pair': 4, 'ints': 1, 'grid': 5, 'grids': 1,
    'tuple': 1, 'empty_tuple': 0.5, 'intset': 1, 'indices': 3, 'object': 4, 'objects': 3,
    'indicesset': 1, 'frozenset': 1, 'empty_set': 0.5,
}

# Parameters whose value scales the work or the size of the result: kept small so that calls stay
# fast (power's 0 and -1 recurse until RecursionError).
SMALL_INT_PARAMS = {('upscale', 'factor'), ('hupscale', 'factor'), ('vupscale', 'factor'),
                    ('downscale', 'factor'), ('hsplit', 'n'), ('vsplit', 'n'),
                    ('repeat', 'num'), ('power', 'n')}
COLOUR_PARAMS = {('colorcount', 'value'), ('colorfilter', 'value'), ('ofcolor', 'value'),
                 ('recolor', 'value'), ('fill', 'value'), ('underfill', 'value'),
                 ('replace', 'replacee'), ('replace', 'replacer'), ('switch', 'a'),
                 ('switch', 'b'), ('cellwise', 'fallback'), ('canvas', 'value')}
# Arity expected of a function parameter when it is not 1; None: any (rbind/lbind read it).
FUNCTION_ARITY = {('fork', 'outer'): 2, ('papply', 'function'): 2, ('mpapply', 'function'): 2,
                  ('prapply', 'function'): 2, ('rbind', 'function'): None,
                  ('lbind', 'function'): None}

# Higher-order primitives: their function parameter and the parameters whose elements it gets
# (rapply's functions get its value).
APPLIED_TO = {
    'sfilter': ('condition', ['container']), 'mfilter': ('function', ['container']),
    'extract': ('condition', ['container']), 'order': ('compfunc', ['container']),
    'argmax': ('compfunc', ['container']), 'argmin': ('compfunc', ['container']),
    'valmax': ('compfunc', ['container']), 'valmin': ('compfunc', ['container']),
    'apply': ('function', ['container']), 'mapply': ('function', ['container']),
    'rapply': ('functions', ['value']), 'papply': ('function', ['a', 'b']),
    'mpapply': ('function', ['a', 'b']), 'prapply': ('function', ['a', 'b']),
}
FITTING_RATE = 0.7  # of the well-typed calls of a higher-order primitive

PAIR_CONSTANTS = ['ORIGIN', 'UNITY', 'NEG_UNITY', 'DOWN', 'RIGHT', 'UP', 'LEFT', 'UP_RIGHT',
                  'DOWN_LEFT', 'ZERO_BY_TWO', 'TWO_BY_ZERO', 'TWO_BY_TWO', 'THREE_BY_THREE']

# Edge values, as text: some only make sense as text (frozenset((True, 1)) keeps True).
EDGE_TEXTS = [
    '0', '1', '-1', '-2', '2', '9', '10', '30', 'True', 'False', 'None',
    '()', 'frozenset()', '(0,)', '(1, 2, 3)', '(0, 0)', '(-1, -1)', '(1, 1, 2, 2)', '(True, 2)',
    '((1,),)', '((0, 1, 2),)', '((0,), (1,), (2,))', '((1, 2), (3,))', '((1, 2), ())', '((),)',
    '((0, 0), (1, 1))', '(((1, 2), (3, 4)),)', '((frozenset((1,)),),)', '((True, False),)',
    'frozenset((0,))', 'frozenset(((0, 0),))', 'frozenset(((1, (0, 0)),))',
    'frozenset((True, 1))', 'frozenset((1, True))', 'frozenset((0, False, 1))',
    'frozenset((frozenset(),))', 'frozenset((frozenset((1,)), frozenset((2,))))',
    'frozenset(((0, 0), (1, (0, 0))))', 'frozenset(((1, (0, 0)), (2, (0, 0))))',
    'frozenset((((0, 0), (0, 0)),))', 'frozenset(((0, 1, 2), (3, 4, 5)))',
    'frozenset(((-1, -1), (0, 0), (-5, 3)))', 'frozenset(((5, (-1, 2)), (5, (0, -3))))',
    'frozenset((frozenset(((1, (0, 0)),)), frozenset(((2, (0, 1)),))))',
    'frozenset((frozenset(((0, 0),)), frozenset(((1, (0, 0)),))))',
]


class Arg(NamedTuple):
    text: str
    kind: str
    arity: int = None     # of a function
    element: str = None   # kind of the elements of a container, when they share one


class Generator:
    def __init__(self, shared):
        self.primitives, self.constants = load_dsl(shared)
        self.names = list(self.primitives)
        self.params = _parameters(Path(shared) / 'arc-dsl' / 'dsl.py')
        self.by_arity = {}
        for name, f in self.primitives.items():
            self.by_arity.setdefault(f.__code__.co_argcount, []).append(name)
        self.contexts = pool.load(shared)
        self.pool = {}       # kind -> [(context, entry)] over all contexts
        self.closures = {}   # arity -> [Arg] of the functions in the pool
        for context in self.contexts:
            for entry in context.entries:
                kind, arity, _, template = entry
                self.pool.setdefault(kind, []).append((context, entry))
                if kind == 'function':
                    self.closures.setdefault(arity, []).append(
                        Arg(pool.expand(template, context.grid), kind, arity))
        # Every ARC grid as an Arg; the solver contexts' input grids are among them.
        self.arc_grids = {}
        for _, task in pool.training_tasks(shared):
            for pair in task['train'] + task['test']:
                for grid in map(pool.as_grid, pair.values()):
                    text = literal(grid)
                    self.arc_grids[text] = Arg(text, 'grid', element=pool.element_kind(grid))
        self.arc_grid_list = list(self.arc_grids.values())
        self.edges = {}
        for text in EDGE_TEXTS:
            value = eval(text, {'__builtins__': {'frozenset': frozenset}})
            arg = Arg(text, pool.classify(value), element=pool.element_kind(value))
            self.edges.setdefault(arg.kind, []).append(arg)

    def call(self, seed, i):
        """The i-th call and whether it has a wrong-typed argument."""
        rng = random.Random(f'{seed}:{i}')
        name = self.names[i % len(self.names)]
        params = self.params[name]
        typable = [k for k, (_, annotation) in enumerate(params)
                   if ACCEPTS[annotation] != ALL_KINDS]
        while True:  # redraw the rare call that is too long
            self.rng, self.context = rng, rng.choice(self.contexts)
            wrong = set()
            if typable and rng.random() < WRONG_TYPED_RATE:
                wrong = set(rng.sample(typable, 2 if len(typable) > 1 and rng.random() < 0.2
                                       else 1))
            # The function of a higher-order primitive is mostly chosen after its containers,
            # to fit their elements: a function drawn blindly fails on most of them.
            fitted = APPLIED_TO.get(name, (None,))[0]
            if fitted in (params[k][0] for k in wrong) or rng.random() >= FITTING_RATE:
                fitted = None
            args = {}
            for k, (param, annotation) in enumerate(params):
                if k in wrong:
                    args[param] = self.wrong_arg(name, param)
                elif param != fitted:
                    args[param] = self.arg(name, param)
            if fitted:
                args[fitted] = self.fitting(name, args)
            args = [args[param] for param, _ in params]
            line = f'{name}({", ".join(a.text for a in args)})'
            if len(line) <= MAX_LINE:
                return line, any(self.is_wrong(name, p, a) for p, a in zip(params, args))

    def is_wrong(self, primitive, param, arg):
        name, annotation = param
        if arg.kind not in ACCEPTS[annotation]:
            return True
        want = FUNCTION_ARITY.get((primitive, name), 1)
        return arg.kind == 'function' and want is not None and arg.arity != want

    # -- arguments ------------------------------------------------------------------------------

    def arg(self, primitive, param, depth=0):
        """A well-typed argument for PARAM of PRIMITIVE (DEPTH: of the closure it goes in)."""
        annotation = dict(self.params[primitive])[param]
        key = (primitive, param)
        if key in SMALL_INT_PARAMS:
            return Arg(str(self.rng.randint(-1, 4)), 'int')
        if key in COLOUR_PARAMS:
            return Arg(str(self.rng.randint(0, 9)), 'int')
        if annotation == 'Callable':
            return self.function(FUNCTION_ARITY.get(key, 1), depth)
        return self.of_kind(self.pick_kind(ACCEPTS[annotation]), depth)

    def wrong_arg(self, primitive, param):
        """An argument of a kind PARAM does not admit, or a function of the wrong arity."""
        annotation = dict(self.params[primitive])[param]
        if annotation == 'Callable' and self.rng.random() < 0.5:
            want = FUNCTION_ARITY.get((primitive, param), 1)
            return self.function(self.rng.choice([a for a in (1, 2, 3) if a != want]), 0)
        return self.of_kind(self.pick_kind(ALL_KINDS - ACCEPTS[annotation]))

    def pick_kind(self, kinds):
        kinds = sorted(kinds)
        return self.rng.choices(kinds, [KIND_WEIGHTS[k] for k in kinds])[0]

    def of_kind(self, kind, depth=0):
        """An argument of KIND (DEPTH: of the closure it goes in)."""
        rng = self.rng
        if kind == 'function':
            return self.function(rng.choice([1, 1, 1, 2]), depth)
        if kind == 'none':
            return Arg('None', 'none')
        if kind == 'bool':
            return Arg(rng.choice(['T', 'F', 'True', 'False']), 'bool')
        if kind == 'int' and rng.random() < 0.7:
            return Arg(str(rng.randint(-3, 12)), 'int')
        if kind == 'pair' and rng.random() < 0.6:
            if rng.random() < 0.5:
                return Arg(rng.choice(PAIR_CONSTANTS), 'pair', element='int')
            return Arg(f'({rng.randint(-3, 12)}, {rng.randint(-3, 12)})', 'pair', element='int')
        if kind == 'grid':
            r = rng.random()
            if r < 0.3:
                return self.arc_grids[self.context.grid]
            if r < 0.6:
                return rng.choice(self.arc_grid_list)
            if r < 0.75:
                return self.small_grid()
        if rng.random() < 0.15 and kind in self.edges:
            return rng.choice(self.edges[kind])
        return self.pooled(kind) or self.random_value(kind)

    def pooled(self, kind):
        """A pool entry of KIND, from the call's context when it has one."""
        here = [e for e in self.context.entries if e[0] == kind]
        if here and self.rng.random() < 0.7:
            context, entry = self.context, self.rng.choice(here)
        elif kind in self.pool:
            context, entry = self.rng.choice(self.pool[kind])
        else:
            return None
        kind, arity, element, template = entry
        return Arg(pool.expand(template, context.grid), kind, arity, element)

    def small_grid(self):
        """A grid of up to 4x4 in two or three colours: single rows and columns, and ties in the
        colour counts, are common."""
        rng = self.rng
        h, w = rng.randint(1, 4), rng.randint(1, 4)
        colours = rng.sample(range(10), rng.randint(1, 3))
        grid = tuple(tuple(rng.choice(colours) for _ in range(w)) for _ in range(h))
        return Arg(literal(grid), 'grid', element=pool.element_kind(grid))

    def random_value(self, kind):
        """A random nested value of KIND, or an edge value of it if random shapes miss it."""
        for _ in range(50):
            value = _random_structure(self.rng, 0)
            if pool.classify(value) == kind:
                return Arg(literal(value), kind, element=pool.element_kind(value))
        return self.rng.choice(self.edges[kind])

    # -- functions ------------------------------------------------------------------------------

    def function(self, arity, depth):
        """A function value of ARITY (None: of any arity, of at least 2 for rbind/lbind): a
        primitive, a closure the solvers built, or a closure built here."""
        rng = self.rng
        if arity is None:
            arity = rng.choice([2, 2, 2, 3, 4])
        r = rng.random()
        if depth >= MAX_DEPTH or r < 0.35:
            return Arg(rng.choice(self.by_arity[arity]), 'function', arity)
        if r < 0.5 and arity in self.closures:
            return rng.choice(self.closures[arity])
        if arity + 1 in self.by_arity and (arity > 1 or rng.random() < 0.3):
            return self.bound(arity, depth)

        def f(a=1):
            return self.function(a, depth + 1).text
        builder = rng.choice(['compose', 'chain', 'fork', 'matcher', 'power'])
        if builder == 'compose':
            text = f'compose({f()}, {f()})'
        elif builder == 'chain':
            text = f'chain({f()}, {f()}, {f()})'
        elif builder == 'fork':
            text = f'fork({f(2)}, {f()}, {f()})'
        elif builder == 'matcher':
            target = self.of_kind(self.pick_kind(ALL_KINDS), depth + 1)
            text = f'matcher({f()}, {target.text})'
        else:
            # power(f, 1) is f itself; 2 and 3 nest closures.
            text = f'power({f()}, {rng.randint(1, 3)})'
        return Arg(text, 'function', 1)

    def bound(self, arity, depth, element=None):
        """rbind or lbind of a primitive of ARITY + 1, its bound argument well typed; for
        ARITY 1 and an ELEMENT kind, one whose free parameter admits ELEMENT."""
        rng = self.rng
        left = rng.random() < 0.5   # lbind binds the first parameter, rbind the last
        names = [n for n in self.by_arity[arity + 1]
                 if element is None or element in ACCEPTS[self.params[n][-1 if left else 0][1]]]
        name = rng.choice(names)
        fixed = self.arg(name, self.params[name][0 if left else -1][0], depth + 1)
        return Arg(f'{"lbind" if left else "rbind"}({name}, {fixed.text})', 'function', arity)

    def fitting(self, primitive, args):
        """The function argument of a higher-order PRIMITIVE, fitted to its other ARGS."""
        if primitive == 'rapply':
            value = args['value']
            texts = [self.fitting_function(value.kind, 0).text
                     for _ in range(self.rng.randint(1, 3))]
            return Arg('(' + ', '.join(texts) + (',)' if len(texts) == 1 else ')'), 'tuple')
        _, sources = APPLIED_TO[primitive]
        elements = [args[s].element for s in sources]
        if len(elements) == 1:
            return self.fitting_function(elements[0], 0)
        names = [n for n in self.by_arity[2]
                 if all(k in ACCEPTS[a] for k, (_, a) in zip(elements, self.params[n]))]
        if names:
            return Arg(self.rng.choice(names), 'function', 2)
        return self.function(2, 0)

    def fitting_function(self, element, depth):
        """A one-argument function whose parameter admits the kind ELEMENT (None: unknown)."""
        rng = self.rng
        if element is None:
            return self.function(1, depth)
        r = rng.random()
        if r < 0.45 or depth >= MAX_DEPTH:
            names = [n for n in self.by_arity[1] if element in ACCEPTS[self.params[n][0][1]]]
            return Arg(rng.choice(names), 'function', 1)
        if r < 0.75:
            return self.bound(1, depth, element)
        inner = self.fitting_function(element, depth + 1).text
        if r < 0.85:
            return Arg(f'compose({self.function(1, depth + 1).text}, {inner})', 'function', 1)
        if r < 0.95:
            target = rng.choice(['T', 'F', str(rng.randint(0, 9))])
            return Arg(f'matcher({inner}, {target})', 'function', 1)
        other = self.fitting_function(element, depth + 1).text
        return Arg(f'fork({self.function(2, depth + 1).text}, {inner}, {other})', 'function', 1)


def _random_structure(rng, depth):
    """Nested tuples and frozensets of small ints and bools (no None or functions inside a
    container: in a set they would be hashed by address)."""
    r = rng.random()
    if depth >= 3 or r < 0.4:
        return rng.choice([True, False]) if rng.random() < 0.1 else rng.randint(-2, 10)
    items = [_random_structure(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return tuple(items) if r < 0.7 else frozenset(items)


def _parameters(dsl_path):
    """primitive -> [(parameter, annotation)] from the source of dsl.py; prapply's unannotated
    function is a Callable."""
    return {f.name: [(a.arg, ast.unparse(a.annotation) if a.annotation else 'Callable')
                     for a in f.args.args]
            for f in ast.parse(dsl_path.read_text()).body if isinstance(f, ast.FunctionDef)}


def generate(seed, count, out, shared, check=False):
    """Write COUNT calls to the file OUT; return (calls per primitive, wrong-typed calls).
    CHECK: make sure that each line is protocol syntax (this doubles the time)."""
    generator = Generator(shared)
    per_primitive, wrong_typed = Counter(), 0
    for i in range(count):
        line, wrong = generator.call(seed, i)
        if check:
            check_call(line, generator.primitives, generator.constants)
        out.write(line + '\n')
        per_primitive[line[:line.index('(')]] += 1
        wrong_typed += wrong
    return per_primitive, wrong_typed


def main():
    parser = argparse.ArgumentParser(description='Generate dsl calls for the differential test.')
    parser.add_argument('--seed', type=int, required=True)
    parser.add_argument('--count', type=int, required=True)
    parser.add_argument('--out', type=Path, help='calls file (default: stdout)')
    parser.add_argument('--shared', type=Path, default=DEFAULT_SHARED)
    parser.add_argument('--check', action='store_true', help='check that lines are protocol syntax')
    parser.add_argument('--stats', action='store_true',
                        help='print calls per primitive and the wrong-typed share to stderr')
    args = parser.parse_args()
    with args.out.open('w') if args.out else contextlib.nullcontext(sys.stdout) as out:
        per_primitive, wrong_typed = generate(args.seed, args.count, out, args.shared, args.check)
    if args.stats:
        counts = sorted(per_primitive.values())
        print(f'{args.count} calls, {len(per_primitive)} primitives, '
              f'{counts[0]}-{counts[-1]} calls each, '
              f'{100 * wrong_typed / args.count:.1f}% with a wrong-typed argument',
              file=sys.stderr)


if __name__ == '__main__':
    main()
