#!/usr/bin/env python3
"""Check a `--results` JSON against CPython's golden outputs: fits and solves, own task and cross-task.

usage: results_vs_golden.py RESULTS.json [--golden ../shared/golden/reference-training.tsv.xz]

From the golden `correct` column, a (solver, task) fits in CPython when every train pair is `ok`
and correct, and solves when every test pair is too. Prints the own-task fits and solves of both
and the cross-task solves, and fails (exit 1) when a fit or solve differs from CPython's, except
where CPython timed out on a pair of that task (it could not tell).
Example (issue 4's acceptance, all 400 training tasks):
  build/bin/battc run --interpret ../shared/arc-dsl/solvers.py \\
      --tasks ../shared/arc-data/arc-agi-1/training --results /tmp/r.json -q
  test/parity/results_vs_golden.py /tmp/r.json
"""
import argparse
import collections
import json
import lzma
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def golden_pairs(path):
    """(solver, task) -> {'train': [(status, correct)], 'test': [...]}"""
    runs = collections.defaultdict(lambda: {'train': [], 'test': []})
    with lzma.open(path, 'rt') as f:
        next(f)
        for line in f:
            solver, task, kind, _, status, _, _, correct = line.rstrip('\n').split('\t')
            runs[(solver, task)][kind].append((status, correct == '1'))
    return runs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('results')
    ap.add_argument('--golden', default=os.path.join(ROOT, '..', 'shared', 'golden',
                                                     'reference-training.tsv.xz'))
    a = ap.parse_args()
    results = json.load(open(a.results))
    ours_fit = {(s, t) for t, v in results['tasks'].items() for s in v['fitting']}
    ours_solve = {(s, t) for t, v in results['tasks'].items() for s in v['solving']}
    tasks = set(results['tasks'])
    solvers = set(results['solvers'])

    def good(pairs):
        return bool(pairs) and all(st == 'ok' and ok for st, ok in pairs)

    cp_fit, cp_solve, unknown = set(), set(), set()
    for (s, t), v in golden_pairs(a.golden).items():
        if t not in tasks or s not in solvers:
            continue
        if any(st == 'timeout' for st, _ in v['train'] + v['test']):
            unknown.add((s, t))
        if good(v['train']):
            cp_fit.add((s, t))
            if good(v['test']):
                cp_solve.add((s, t))

    def own(pairs):
        return {p for p in pairs if p[0] == 'solve_' + p[1]}

    print(f'own-task fits:   ours {len(own(ours_fit))}, CPython {len(own(cp_fit))}')
    print(f'own-task solves: ours {len(own(ours_solve))}, CPython {len(own(cp_solve))}')
    cross_cp = cp_solve - own(cp_solve)
    print(f'cross-task solves CPython finds: {len(cross_cp)}, found here: '
          f'{len(cross_cp & ours_solve)}')
    failed = False
    for name, ours, cp in (('fit', ours_fit, cp_fit), ('solve', ours_solve, cp_solve)):
        for s, t in sorted((ours ^ cp) - unknown):
            where = 'here only' if (s, t) in ours else 'CPython only'
            print(f'  {name} differs: {s} on {t} ({where})')
            failed = True
        for s, t in sorted((ours - cp) & unknown):
            print(f'  {name} here where CPython timed out: {s} on {t}')
    print('results-vs-golden:', 'FAILED' if failed else 'ok')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
