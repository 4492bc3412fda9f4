#!/usr/bin/env python3
"""Generate candidate solvers by mutating the reference solvers, as program search does.

usage: gen_candidates.py SOLVERS.py PRIMITIVES_DEF CONSTANTS_DEF COUNT OUT.py [--seed N]

Each candidate is a copy of a random reference solver with one to three mutations:
  - a named constant swapped for another of the same kind (bool, int or pair),
  - a primitive (called or passed as a value) swapped for another with the same signature
    (arity, parameter kinds and result kind in primitives.def),
  - an argument rewired to another variable assigned earlier (or the input).
Candidates are syntactically valid and name-correct (every one compiles); many raise at run time,
as mutated programs do. With --hostile P, each candidate also gets, with probability P, one
mutation CPython only catches when the line runs: an argument dropped or added (a wrong arity),
a callee or argument renamed to an unknown name (NameError), an argument replaced by None, a
tuple display of two earlier variables as an argument, or a variable read before its assignment
(UnboundLocalError). The output is deterministic for a given seed.
"""
import argparse
import ast
import random
import re


def read_primitives(path):
    pattern = re.compile(r'^BATT_PRIMITIVE\((\w+), (\d+), "([^"]*)", "([^"]*)"\)')
    signature = {}
    for line in open(path):
        m = pattern.match(line)
        if m:
            signature[m.group(1)] = (int(m.group(2)), m.group(3), m.group(4))
    return signature


def read_constants(path):
    pattern = re.compile(r'^BATT_CONST_(BOOL|INT|PAIR)\((\w+),')
    kind = {}
    for line in open(path):
        m = pattern.match(line)
        if m:
            kind[m.group(2)] = m.group(1)
    return kind


def read_solvers(path):
    """Each solver as (params, [(target, callee, [arg names])], returned name)."""
    solvers = []
    for fn in ast.parse(open(path).read()).body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        lines = []
        for stmt in fn.body[:-1]:
            call = stmt.value
            lines.append((stmt.targets[0].id, call.func.id, [a.id for a in call.args]))
        solvers.append(([a.arg for a in fn.args.args], lines, fn.body[-1].value.id))
    return solvers


class Mutator:
    def __init__(self, signature, constant_kind, rng):
        self.rng = rng
        self.constant_kind = constant_kind
        self.same_signature = {}
        for name, sig in signature.items():
            self.same_signature.setdefault(sig, []).append(name)
        self.signature = signature
        self.constants_of = {}
        for name, kind in constant_kind.items():
            self.constants_of.setdefault(kind, []).append(name)

    def swap_constant(self, params, lines):
        sites = [(i, j) for i, (_, _, args) in enumerate(lines)
                 for j, a in enumerate(args) if a in self.constant_kind]
        if not sites:
            return False
        i, j = self.rng.choice(sites)
        args = lines[i][2]
        args[j] = self.rng.choice(self.constants_of[self.constant_kind[args[j]]])
        return True

    def swap_primitive(self, params, lines):
        sites = [(i, None) for i, (_, callee, _) in enumerate(lines) if callee in self.signature]
        sites += [(i, j) for i, (_, _, args) in enumerate(lines)
                  for j, a in enumerate(args) if a in self.signature]
        if not sites:
            return False
        i, j = self.rng.choice(sites)
        target, callee, args = lines[i]
        old = callee if j is None else args[j]
        new = self.rng.choice(self.same_signature[self.signature[old]])
        if j is None:
            lines[i] = (target, new, args)
        else:
            args[j] = new
        return True

    def rewire(self, params, lines):
        defined = set(params) | {t for t, _, _ in lines}
        sites = [(i, j) for i, (_, _, args) in enumerate(lines)
                 for j, a in enumerate(args) if a in defined]
        if not sites:
            return False
        i, j = self.rng.choice(sites)
        earlier = list(params) + [t for t, _, _ in lines[:i]]
        lines[i][2][j] = self.rng.choice(earlier)
        return True

    def mutate(self, params, lines):
        operations = [self.swap_constant, self.swap_primitive, self.rewire]
        for _ in range(self.rng.randint(1, 3)):
            for operation in self.rng.sample(operations, len(operations)):
                if operation(params, lines):
                    break

    def hostile(self, params, lines):
        """One mutation that raises when its line runs (or makes a value CPython accepts)."""
        if not lines:
            return
        i = self.rng.randrange(len(lines))
        target, callee, args = lines[i]
        earlier = list(params) + [t for t, _, _ in lines[:i]]
        later = [t for t, _, _ in lines[i + 1:]]
        kind = self.rng.choice(['drop', 'add', 'unknown', 'none', 'tuple', 'unbound'])
        if kind == 'drop' and args:
            args.pop()
        elif kind == 'add':
            args.append(self.rng.choice(earlier))
        elif kind == 'unknown':
            if args and self.rng.random() < 0.5:
                args[self.rng.randrange(len(args))] = 'undefined_' + target
            else:
                lines[i] = (target, callee + 'x', args)
        elif kind == 'none' and args:
            args[self.rng.randrange(len(args))] = 'None'
        elif kind == 'tuple' and args:
            args[self.rng.randrange(len(args))] = (
                f'({self.rng.choice(earlier)}, {self.rng.choice(earlier)})')
        elif kind == 'unbound' and args and later:
            args[self.rng.randrange(len(args))] = self.rng.choice(later)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('solvers')
    parser.add_argument('primitives_def')
    parser.add_argument('constants_def')
    parser.add_argument('count', type=int)
    parser.add_argument('out')
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--hostile', type=float, default=0.0,
                        help='probability of one run-time-error mutation per candidate')
    args = parser.parse_args()

    rng = random.Random(args.seed)
    reference = read_solvers(args.solvers)
    mutator = Mutator(read_primitives(args.primitives_def), read_constants(args.constants_def), rng)
    with open(args.out, 'w') as out:
        out.write('from dsl import *\nfrom constants import *\n')
        for n in range(args.count):
            params, lines, result = rng.choice(reference)
            lines = [(t, c, list(a)) for t, c, a in lines]
            mutator.mutate(params, lines)
            if rng.random() < args.hostile:
                mutator.hostile(params, lines)
            out.write(f'\n\ndef solve_candidate_{n:06d}({", ".join(params)}):\n')
            for target, callee, call_args in lines:
                out.write(f'    {target} = {callee}({", ".join(call_args)})\n')
            out.write(f'    return {result}\n')


if __name__ == '__main__':
    main()
