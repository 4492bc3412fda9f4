#!/usr/bin/env python3
"""Mutated solvers, as a search makes them, through CPython and battc: the same status and value.

usage: mutants_parity.py --battc build/bin/battc [--count 200] [--samples 50] [--seed 3]
                         [--hostile 0.5] [--timeout 0.5] [--shared ../shared] [--keep DIR]

bench/gen_candidates.py mutates the reference solvers (constants, primitives of the same
signature, rewired arguments) and, with probability --hostile, adds one mutation that raises when
its line runs: a wrong arity, an unknown name, None as an argument, a tuple display as an
argument, a read before assignment. ../shared/tools/pyref.py runs them in CPython on --samples
random training inputs (pyref's own sample choice) with a --timeout alarm; battc runs them
interpreted and compiled on those inputs' tasks. Requires exit status 0 from both battc runs,
byte-identical outputs, and compare_golden.py to pass: the same status (exception class included),
value and strict hash for every run CPython finished. Closing line: `mutants-parity: N passed, M failed`.
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
    ap.add_argument('--count', type=int, default=200)
    ap.add_argument('--samples', type=int, default=50)
    ap.add_argument('--seed', type=int, default=3)
    ap.add_argument('--hostile', type=float, default=0.5)
    ap.add_argument('--timeout', type=float, default=0.5)
    ap.add_argument('--keep')
    a = ap.parse_args()
    training = os.path.join(a.shared, 'arc-data/arc-agi-1/training')
    with tempfile.TemporaryDirectory() as tmp:
        out = a.keep or tmp
        os.makedirs(out, exist_ok=True)
        solvers = os.path.join(out, 'mutants.py')
        subprocess.run([sys.executable, os.path.join(ROOT, 'bench', 'gen_candidates.py'),
                        os.path.join(a.shared, 'arc-dsl/solvers.py'),
                        os.path.join(ROOT, 'runtime/primitives.def'),
                        os.path.join(ROOT, 'runtime/constants.def'), str(a.count), solvers,
                        '--seed', str(a.seed), '--hostile', str(a.hostile)], check=True)
        cpython = os.path.join(out, 'cpython.tsv')
        subprocess.run([sys.executable, os.path.join(a.shared, 'tools', 'pyref.py'),
                        os.path.join(a.shared, 'arc-dsl'), solvers, training, cpython,
                        '--workers', str(os.cpu_count() or 2), '--timeout', str(a.timeout),
                        '--samples', str(a.samples)], check=True, stderr=subprocess.DEVNULL)
        tdir = os.path.join(tmp, 'tasks')
        os.makedirs(tdir)
        tasks = {line.split('\t')[1] for line in open(cpython).readlines()[1:]}
        for t in tasks:
            os.symlink(os.path.join(training, t + '.json'), os.path.join(tdir, t + '.json'))
        common = ['--tasks', tdir, '--timeout-ms', '600000', '-q']
        interp = os.path.join(out, 'interpreted.tsv')
        comp = os.path.join(out, 'compiled.tsv')
        failed = 0
        for cmd in ([a.battc, 'run', '--interpret', solvers, '--outputs', interp] + common,
                    [a.battc, 'run', solvers, '--outputs', comp,
                     '--cache-dir', os.path.join(tmp, 'cache')] + common):
            status = subprocess.run(cmd, stderr=subprocess.DEVNULL).returncode
            if status != 0:
                print(f'{" ".join(cmd[:3])}: exit status {status}')
                failed += 1
        same = open(interp, 'rb').read() == open(comp, 'rb').read()
        print(f'compiled vs interpreted outputs: {"byte-identical" if same else "DIFFERENT"}')
        failed += not same
        r = subprocess.run([sys.executable, os.path.join(HERE, 'compare_golden.py'), interp,
                            cpython, '--show', '20', '--address-dependent', ''],
                           capture_output=True, text=True)
        lines = r.stdout.rstrip('\n').split('\n')
        print('\n'.join(lines[:-1]))
        passed, bad = [int(x.split()[0]) for x in lines[-1].split(': ')[1].split(', ')]
        print(f'mutants-parity: {passed} passed, {bad + failed} failed '
              f'({a.count} mutants, {a.samples} inputs, {len(tasks)} tasks)')
        return 1 if bad + failed else 0


if __name__ == '__main__':
    sys.exit(main())
