#!/usr/bin/env python3
"""Compare a battc outputs file (--outputs) with the CPython reference (../shared/golden).

usage: compare_golden.py OURS.tsv GOLDEN.tsv[.xz] [--show N] [--require-all]

Only the (solver, task, kind, index) runs present in OURS are compared, so a run over a subset
of tasks or solvers is checked against the matching golden lines. Runs that timed out or hit the
memory limit in CPython say nothing about semantics and are left out (FORMAT.md). For the others:
  status parity: the same status, the exception class included (CPython runs a solver's lines
                 in order and the first error wins; `error:ValueError` must be `error:ValueError`
                 here); the ok-versus-error agreement is printed beside it,
  value parity:  same `value` hash (Python ==),
  strict parity: same `strict` hash (exact repr, frozenset iteration order included).
Prints the figures and the first mismatches, and a closing line `parity: N passed, M failed`.
Exit status 0 iff every compared run agrees on status, value and strict hash.
With --require-all, a golden run of a compared solver/task missing from OURS is a failure too.

Solvers that put functions or None into frozensets (SET-ORDER.md §8: their iteration order follows
CPython's heap addresses) are compared but counted apart, as SEMANTICS.md excludes outputs that
depend on address-based hashes from parity (--address-dependent).
"""
import argparse
import lzma
import sys


# SET-ORDER.md §8: the reference solvers that put functions into frozensets, and solve_264363fd,
# whose x38 holds cells with None (an `index` outside the grid) that `paint` iterates: None hashes
# by address in CPython 3.11, so which cell wins is not reproducible there (§8.1, parity.md).
ADDRESS_DEPENDENT = ['solve_6aa20dc0', 'solve_0e206a2e', 'solve_36d67576', 'solve_97a05b5b',
                     'solve_3befdf3e', 'solve_264363fd']


def read(path):
    opener = lzma.open if path.endswith('.xz') else open
    rows = {}
    with opener(path, 'rt') as f:
        header = f.readline().rstrip('\n').split('\t')
        if header[:8] != ['solver', 'task', 'kind', 'index', 'status', 'strict', 'value', 'correct']:
            sys.exit(f'{path}: not an outputs file (header {header})')
        for line in f:
            c = line.rstrip('\n').split('\t')
            rows[(c[0], c[1], c[2], c[3])] = (c[4], c[5], c[6], c[7])
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('ours')
    ap.add_argument('golden')
    ap.add_argument('--show', type=int, default=10, help='mismatches to print')
    ap.add_argument('--require-all', action='store_true')
    ap.add_argument('--address-dependent', default=','.join(ADDRESS_DEPENDENT),
                    help='comma-separated solvers whose results depend on function addresses')
    a = ap.parse_args()
    ours = read(a.ours)
    gold = read(a.golden)
    n = excluded = ok_runs = 0
    address = set(filter(None, a.address_dependent.split(',')))
    addr_runs = addr_agree = 0
    status_bad, value_bad, strict_bad, missing = [], [], [], []
    ours_timeouts = 0
    okness_bad = 0
    solvers = {k[0] for k in ours}
    tasks = {k[1] for k in ours}
    for key, g in gold.items():
        if key[0] not in solvers or key[1] not in tasks:
            continue
        o = ours.get(key)
        if o is None:
            if a.require_all:
                missing.append(key)
            continue
        if g[0] in ('timeout', 'memory'):
            excluded += 1
            continue
        if key[0] in address:
            addr_runs += 1
            addr_agree += g[0] == o[0] and g[2] == o[2]
            continue
        n += 1
        if o[0] in ('timeout', 'memory'):
            ours_timeouts += 1
        g_ok, o_ok = g[0] == 'ok', o[0] == 'ok'
        if g_ok != o_ok:
            okness_bad += 1
        if g[0] != o[0]:
            status_bad.append((key, g[0], o[0]))
            continue
        if not g_ok:
            continue
        ok_runs += 1
        if g[2] != o[2]:
            value_bad.append((key, g[2], o[2]))
        elif g[1] != o[1]:
            strict_bad.append((key, g[1], o[1]))
    pct = lambda bad, tot: 100.0 * (tot - bad) / tot if tot else 100.0
    print(f'compared runs: {n} (CPython timeout/memory left out: {excluded}); '
          f'ours timed out on {ours_timeouts} of them')
    print(f'status parity: {pct(len(status_bad), n):.4f}% ({len(status_bad)} differ, exception '
          f'class included; ok-versus-error: {pct(okness_bad, n):.4f}%, {okness_bad} differ)')
    print(f'value parity:  {pct(len(value_bad), ok_runs):.4f}% of {ok_runs} ok runs ({len(value_bad)} differ)')
    print(f'strict parity: {pct(len(value_bad) + len(strict_bad), ok_runs):.4f}% '
          f'({len(strict_bad)} differ in order only)')
    if addr_runs:
        print(f'address-dependent solvers (counted apart): {addr_runs} runs, '
              f'{addr_agree} agree on status and value')
    if missing:
        print(f'missing from ours: {len(missing)}')
    for title, rows in (('status', status_bad), ('value', value_bad), ('strict', strict_bad),
                        ('missing', [(k, '', '') for k in missing])):
        for key, g, o in rows[:a.show]:
            print(f'  {title} mismatch {" ".join(key)}: CPython {g} / ours {o}')
    failed = len(status_bad) + len(value_bad) + len(strict_bad) + len(missing)
    print(f'parity: {n - failed + len(missing)} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
