#!/usr/bin/env python3
"""Hot primitives on the battc runtime vs CPython, measured in the same run on the same inputs.

usage: prims.py [--batt-eval build/bin/batt-eval] [--shared ../shared] [--tasks N] [--reps R]

For each benchmarked call (a primitive applied to arguments built from real ARC-AGI-1 training
grids), CPython times `f(*args)` with the arguments built once (timeit), and batt-eval --time does
the same in C++. Prints ns per call on both sides and the speed-up ratio, per primitive and as a
geometric mean.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import timeit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (label, call template); {G} is a grid literal, {O} an object of it.
CALLS = [
    ('objects(T,F,T)', 'objects({G}, T, F, T)'),
    ('objects(F,T,T)', 'objects({G}, F, T, T)'),
    ('fill', 'fill({G}, 5, ofcolor({G}, 0))'),
    ('paint', 'paint({G}, shift(asobject({G}), (1, 1)))'),
    ('asobject', 'asobject({G})'),
    ('asindices', 'asindices({G})'),
    ('frozenset(genexpr)', 'recolor(3, asindices({G}))'),
    ('ofcolor', 'ofcolor({G}, 0)'),
    ('replace', 'replace({G}, 0, 1)'),
    ('rot90', 'rot90({G})'),
    ('mostcolor', 'mostcolor({G})'),
    ('palette', 'palette({G})'),
    ('normalize', 'normalize(asobject({G}))'),
]


def lit(g):
    return '(' + ', '.join('(' + ', '.join(map(str, r)) + (',)' if len(r) == 1 else ')') for r in g) + (',)' if len(g) == 1 else ')')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--batt-eval', default=os.path.join(ROOT, 'build/bin/batt-eval'))
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--tasks', type=int, default=20, help='training tasks whose first input is used')
    ap.add_argument('--reps', type=int, default=200, help='calls per measurement')
    a = ap.parse_args()
    sys.path.insert(0, os.path.join(a.shared, 'arc-dsl'))
    import dsl
    import constants
    ns = {k: getattr(dsl, k) for k in dir(dsl) if not k.startswith('_')}
    ns.update({k: getattr(constants, k) for k in dir(constants) if not k.startswith('_')})
    tdir = os.path.join(a.shared, 'arc-data/arc-agi-1/training')
    grids = []
    for fn in sorted(os.listdir(tdir))[:a.tasks]:
        g = json.load(open(os.path.join(tdir, fn)))['train'][0]['input']
        grids.append(lit(tuple(tuple(r) for r in g)))
    lines, labels = [], []
    for label, tmpl in CALLS:
        for g in grids:
            lines.append(tmpl.format(G=g))
            labels.append(label)
    # CPython: arguments built once, then f(*args) timed.
    py_ns = []
    for line in lines:
        name = line[:line.index('(')]
        args = eval('(' + line[len(name) + 1:-1] + ',)', ns)
        f = ns[name]
        t = timeit.timeit(lambda: f(*args), number=a.reps)
        py_ns.append(t / a.reps * 1e9)
    with tempfile.TemporaryDirectory() as tmp:
        calls, out = os.path.join(tmp, 'calls'), os.path.join(tmp, 'times')
        open(calls, 'w').write('\n'.join(lines) + '\n')
        subprocess.run([a.batt_eval, calls, out, '--time', str(a.reps * 10)], check=True)
        cc_ns = []
        for row in open(out).read().split('\n')[:len(lines)]:
            kind, val = row.split('\t')
            cc_ns.append(float(val) if kind == 'time' and not val.startswith('error') else float('nan'))
    print(f'{"primitive":<20} {"CPython ns":>12} {"battc ns":>10} {"ratio":>8}')
    ratios = []
    for label, _ in CALLS:
        idx = [k for k, l in enumerate(labels) if l == label and not math.isnan(cc_ns[k])]
        if not idx:
            print(f'{label:<20} {"-":>12} {"error":>10}')
            continue
        p = sum(py_ns[k] for k in idx) / len(idx)
        c = sum(cc_ns[k] for k in idx) / len(idx)
        ratios.append(p / c)
        print(f'{label:<20} {p:>12.0f} {c:>10.0f} {p / c:>7.1f}x')
    if ratios:
        gm = math.exp(sum(map(math.log, ratios)) / len(ratios))
        print(f'geometric mean speed-up over {len(ratios)} primitives: {gm:.1f}x '
              f'({len(grids)} grids each, CPython {sys.version.split()[0]})')


if __name__ == '__main__':
    main()
