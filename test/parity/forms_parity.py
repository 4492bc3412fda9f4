#!/usr/bin/env python3
"""Programs as people write them, through CPython and battc: the same status and value.

usage: forms_parity.py --battc build/bin/battc [--solvers test/parity/forms/forms.py]
                       [--every N] [--shared ../shared] [--keep DIR]

Runs ../shared/tools/pyref.py (CPython 3.11 on dsl.py) on the solver file over the ARC-AGI-1
training tasks (every N-th task; N = 1 for all 400), then `battc run --interpret` and the
compiled `battc run` on the same tasks. Requires:
  - both battc commands to exit 0 and to write a line for every (solver, input) pyref writes
    (solvers CPython can call: the `solve*` functions);
  - the interpreted and compiled outputs to be byte-identical;
  - compare_golden.py against the CPython outputs to pass: the same status (exception class
    included) and the same value and strict hashes, CPython timeouts and address-dependent
    solvers apart.
Closing line: `forms-parity: N passed, M failed`.
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--battc', required=True)
    ap.add_argument('--solvers', default=os.path.join(HERE, 'forms', 'forms.py'))
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--every', type=int, default=1, help='run every N-th training task')
    ap.add_argument('--address-dependent', default='', help='solvers counted apart')
    ap.add_argument('--keep', help='keep outputs in DIR')
    a = ap.parse_args()
    training = os.path.join(a.shared, 'arc-data/arc-agi-1/training')
    tasks = sorted(f for f in os.listdir(training) if f.endswith('.json'))[::a.every]
    with tempfile.TemporaryDirectory() as tmp:
        out = a.keep or tmp
        os.makedirs(out, exist_ok=True)
        tdir = os.path.join(tmp, 'tasks')
        os.makedirs(tdir)
        for t in tasks:
            os.symlink(os.path.join(training, t), os.path.join(tdir, t))
        cpython = os.path.join(out, 'cpython.tsv')
        subprocess.run([sys.executable, os.path.join(a.shared, 'tools', 'pyref.py'),
                        os.path.join(a.shared, 'arc-dsl'), a.solvers, tdir, cpython,
                        '--workers', str(os.cpu_count() or 2)],
                       check=True, stderr=subprocess.DEVNULL)
        common = ['--tasks', tdir, '--timeout-ms', '600000', '-q']
        interp = os.path.join(out, 'interpreted.tsv')
        comp = os.path.join(out, 'compiled.tsv')
        subprocess.run([a.battc, 'run', '--interpret', a.solvers, '--outputs', interp] + common,
                       check=True, stderr=subprocess.DEVNULL)
        subprocess.run([a.battc, 'run', a.solvers, '--outputs', comp,
                        '--cache-dir', os.path.join(tmp, 'cache')] + common,
                       check=True, stderr=subprocess.DEVNULL)
        failed = 0
        same = open(interp, 'rb').read() == open(comp, 'rb').read()
        print(f'compiled vs interpreted outputs: {"byte-identical" if same else "DIFFERENT"}')
        failed += not same
        r = subprocess.run([sys.executable, os.path.join(HERE, 'compare_golden.py'), interp,
                            cpython, '--require-all', '--show', '40',
                            '--address-dependent', a.address_dependent],
                           capture_output=True, text=True)
        lines = r.stdout.rstrip('\n').split('\n')
        print('\n'.join(lines[:-1]))
        passed, bad = [int(x.split()[0]) for x in lines[-1].split(': ')[1].split(', ')]
        print(f'forms-parity: {passed} passed, {bad + failed} failed ({len(tasks)} tasks)')
        return 1 if bad + failed else 0


if __name__ == '__main__':
    sys.exit(main())
