#!/usr/bin/env python3
"""How much CPython time one fuel unit stands for, on the heaviest runs of the reference solvers.

usage: fuel_calibration.py [--battc build/bin/battc] [--shared ../shared] [--repeat N]

For each run below (solver, task, pair), measures in this run on this machine:
  - CPython: the solver's wall time on that input (best of --repeat, dsl.py imported once);
  - battc: the least --fuel with which the run does not time out (bisection, --interpret, one
    thread; fuel is per DAG node, so this is the fuel of the run's most expensive node);
and prints the nanoseconds of CPython time per unit. The default --fuel is meant to cover every
run CPython finishes within its 2 s alarm with a margin: the largest units-per-CPython-second
below bounds how low it can go (docs/performance.md, "Fuel").

The runs: for each solver with a node that runs long, the inputs whose CPython status flips
between `ok` and `timeout` nearest the golden's 2 s alarm (found with --fuel sweeps against
../shared/golden), plus the slowest runs of the closure-heavy solvers.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

RUNS = [
    ('solve_d22278a0', '2dd70a9a', 'test', 0),
    ('solve_d22278a0', '31aa019c', 'train', 1),
    ('solve_d22278a0', '00d62c1b', 'train', 2),
    ('solve_d22278a0', '83302e8f', 'train', 1),
    ('solve_d22278a0', 'eb5a1d5d', 'test', 0),
    ('solve_91413438', '00d62c1b', 'test', 0),
    ('solve_91413438', '776ffc46', 'train', 2),
    ('solve_91413438', 'e509e548', 'train', 0),
    ('solve_7df24a62', '264363fd', 'train', 0),
    ('solve_7df24a62', '7837ac64', 'train', 2),
    ('solve_6aa20dc0', '23b5c85d', 'train', 4),
    ('solve_3eda0437', '5c2c9af4', 'train', 0),
    ('solve_1f0c79e5', '484b58aa', 'train', 0),
    ('solve_06df4c85', '264363fd', 'train', 0),
    ('solve_a64e4611', '06df4c85', 'test', 0),
]


def cpython_seconds(shared, solvers_src, run, repeat):
    sys.path.insert(0, os.path.join(shared, 'arc-dsl'))
    import constants
    import dsl
    mod = types.ModuleType('cand')
    mod.__dict__.update(vars(dsl))
    mod.__dict__.update(vars(constants))
    exec(solvers_src, mod.__dict__)
    name, task, kind, idx = run
    with open(os.path.join(shared, 'arc-data/arc-agi-1/training', task + '.json')) as f:
        grid = tuple(tuple(r) for r in json.load(f)[kind][idx]['input'])
    best, status = float('inf'), 'ok'
    for _ in range(repeat):
        t0 = time.perf_counter()
        try:
            getattr(mod, name)(grid)
        except Exception as e:  # the run's outcome, like pyref.py's error:<Name>
            status = 'error:' + type(e).__name__
        best = min(best, time.perf_counter() - t0)
    return best, status


def status_at(battc, solver_file, task_file, run, fuel, out):
    subprocess.run([battc, 'run', '--interpret', solver_file, '--tasks', task_file, '--threads', '1',
                    '--fuel', str(fuel), '--timeout-ms', '1000000', '--outputs', out, '-q'],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(out) as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            if c[2] == run[2] and c[3] == str(run[3]):
                return c[4]
    raise RuntimeError(f'no line for {run} in {out}')


def least_fuel(battc, solver_file, task_file, run, out):
    lo, hi = 1, 1 << 33
    if status_at(battc, solver_file, task_file, run, hi, out) == 'timeout':
        return None
    while hi - lo > max(1, lo // 100):  # 1% precision
        mid = (lo + hi) // 2
        if status_at(battc, solver_file, task_file, run, mid, out) == 'timeout':
            lo = mid
        else:
            hi = mid
    return hi


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--battc', default=os.path.join(ROOT, 'build/bin/battc'))
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--repeat', type=int, default=3)
    a = ap.parse_args()
    with open(os.path.join(a.shared, 'arc-dsl/solvers.py')) as f:
        src = f.read()
    header = src[:src.index('\ndef solve_')]
    print(f'{"run":40} {"CPython s":>10} {"units":>12} {"ns/unit":>8} {"units per s":>12}')
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for run in RUNS:
            name = run[0]
            start = src.index(f'\ndef {name}(')
            end = src.find('\ndef solve_', start + 1)
            solver_file = os.path.join(tmp, name + '.py')
            with open(solver_file, 'w') as f:
                f.write(header + src[start:end if end >= 0 else len(src)])
            task_file = os.path.join(a.shared, 'arc-data/arc-agi-1/training', run[1] + '.json')
            secs, status = cpython_seconds(a.shared, src, run, a.repeat)
            units = least_fuel(a.battc, solver_file, task_file, run, os.path.join(tmp, 'o.tsv'))
            label = '/'.join(str(x) for x in run)
            if units is None:
                print(f'{label:40} {secs:10.3f} {"(timeout)":>12}')
                continue
            worst = max(worst, units / secs)
            print(f'{label:40} {secs:10.3f} {units:12,} {secs / units * 1e9:8.0f} '
                  f'{units / secs:12,.0f}  {status}')
    print(f'most units per CPython second: {worst:,.0f}')


if __name__ == '__main__':
    main()
