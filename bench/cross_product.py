#!/usr/bin/env python3
"""The main job's cost: the 400 reference solvers x every ARC-AGI-1 training input.

usage: cross_product.py [--battc build/bin/battc] [--shared ../shared] [--samples N] [--threads T]

Measures, in one run on this machine:
  - CPython (../shared/tools/pyref.py, 2 workers) on N random inputs (default 40), scaled to all
    1,718 inputs (per-input cost x inputs);
  - battc run --interpret over all inputs (wall time, peak memory);
  - battc run (compiled batt) over all inputs, and the batt build: cold (empty cache) and with one
    solver changed;
and prints the times and the speed-ups over CPython.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd):
    """Wall seconds and peak resident KiB of one command (GNU time)."""
    with tempfile.NamedTemporaryFile('r') as f:
        t0 = time.time()
        subprocess.run(['/usr/bin/time', '-o', f.name, '-f', '%M'] + cmd, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.time() - t0, int(f.read().split()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--battc', default=os.path.join(ROOT, 'build/bin/battc'))
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--samples', type=int, default=40)
    ap.add_argument('--threads', type=int, default=0)
    a = ap.parse_args()
    solvers = os.path.join(a.shared, 'arc-dsl/solvers.py')
    training = os.path.join(a.shared, 'arc-data/arc-agi-1/training')
    inputs = 1718
    with tempfile.TemporaryDirectory() as tmp:
        t_py, _ = timed([sys.executable, os.path.join(a.shared, 'tools/pyref.py'),
                         os.path.join(a.shared, 'arc-dsl'), solvers, training,
                         os.path.join(tmp, 'py.tsv'), '--workers', '2', '--samples', str(a.samples)])
        py_all = t_py / a.samples * inputs
        run = ['--tasks', training, '--threads', str(a.threads), '--quiet']
        t_int, rss_int = timed([a.battc, 'run', '--interpret', solvers] + run)
        cache = os.path.join(tmp, 'cache')
        t_cold, _ = timed([a.battc, 'compile', solvers, '-o', os.path.join(tmp, 'batt'),
                           '--cache-dir', cache])
        changed = os.path.join(tmp, 'changed.py')
        src = open(solvers).read().replace('def solve_67a3c6ac(I):\n    O = vmirror(I)',
                                           'def solve_67a3c6ac(I):\n    O = hmirror(I)')
        open(changed, 'w').write(src)
        t_one, _ = timed([a.battc, 'compile', changed, '-o', os.path.join(tmp, 'batt2'),
                          '--cache-dir', cache])
        t_comp, rss_comp = timed([os.path.join(tmp, 'batt')] + run)
    print(f'cross product: 400 solvers x {inputs} inputs (687,200 runs), 2 cores')
    print(f'  CPython (pyref.py, 2 workers): {t_py:.1f} s on {a.samples} inputs '
          f'-> {py_all:.0f} s for all (estimated)')
    print(f'  battc run --interpret:  {t_int:8.1f} s  ({py_all / t_int:.1f}x CPython), '
          f'peak RSS {rss_int / 1024:.0f} MB')
    print(f'  compiled batt:          {t_comp:8.1f} s  ({py_all / t_comp:.1f}x CPython), '
          f'peak RSS {rss_comp / 1024:.0f} MB')
    print(f'  batt build: cold {t_cold:.2f} s, one solver changed {t_one:.2f} s')


if __name__ == '__main__':
    main()
