#!/usr/bin/env python3
"""Run the 400 reference solvers with battc and compare with CPython's golden outputs.

usage: golden_parity.py --battc build/bin/battc [--every N] [--compiled] [--shared ../shared]
                        [--keep DIR] [--threads T]

Runs `battc run --interpret` over the ARC-AGI-1 training tasks (every N-th task, sorted by id;
N = 1 for all 400), compares its outputs with ../shared/golden/reference-training.tsv.xz
(compare_golden.py), and with --compiled also runs the compiled batt and requires its outputs to
be byte-identical to the interpreter's. The wall-clock backstop is set out of reach so that only
deterministic fuel decides timeouts and the two paths can be compared byte for byte.
Closing line: `golden-parity: N passed, M failed` (from compare_golden.py, plus the diff).
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
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--every', type=int, default=1, help='run every N-th training task')
    ap.add_argument('--compiled', action='store_true', help='also run compiled and diff')
    ap.add_argument('--keep', help='keep outputs in DIR')
    ap.add_argument('--threads', type=int, default=0)
    a = ap.parse_args()
    training = os.path.join(a.shared, 'arc-data/arc-agi-1/training')
    solvers = os.path.join(a.shared, 'arc-dsl/solvers.py')
    golden = os.path.join(a.shared, 'golden/reference-training.tsv.xz')
    tasks = sorted(f for f in os.listdir(training) if f.endswith('.json'))[::a.every]
    with tempfile.TemporaryDirectory() as tmp:
        out = a.keep or tmp
        os.makedirs(out, exist_ok=True)
        tdir = os.path.join(tmp, 'tasks')
        os.makedirs(tdir)
        for t in tasks:
            os.symlink(os.path.join(training, t), os.path.join(tdir, t))
        common = ['--tasks', tdir, '--timeout-ms', '600000', '--threads', str(a.threads)]
        interp = os.path.join(out, 'interpreted.tsv')
        subprocess.run([a.battc, 'run', '--interpret', solvers, '--outputs', interp] + common,
                       check=True)
        failed = 0
        if a.compiled:
            comp = os.path.join(out, 'compiled.tsv')
            subprocess.run([a.battc, 'run', solvers, '--outputs', comp,
                            '--cache-dir', os.path.join(tmp, 'cache')] + common, check=True)
            same = open(interp, 'rb').read() == open(comp, 'rb').read()
            print(f'compiled vs interpreted outputs: {"byte-identical" if same else "DIFFERENT"}')
            failed += not same
        r = subprocess.run([sys.executable, os.path.join(HERE, 'compare_golden.py'), interp, golden],
                           capture_output=True, text=True)
        lines = r.stdout.rstrip('\n').split('\n')
        print('\n'.join(lines[:-1]))
        passed, bad = [int(x.split()[0]) for x in lines[-1].split(': ')[1].split(', ')]
        print(f'golden-parity: {passed} passed, {bad + failed} failed ({len(tasks)} tasks)')
        return 1 if bad + failed else 0


if __name__ == '__main__':
    sys.exit(main())
