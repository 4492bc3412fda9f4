#!/usr/bin/env python3
"""The same run with --threads 1, 2 and 8: every output byte for byte the same.

usage: threads.py --battc build/bin/battc [--shared ../shared] [--every 20]

The 400 reference solvers over every N-th training task (default 20: 20 tasks), interpreted and
compiled, with --outputs, --results, --submission and --store. outputs.tsv, submission.json and
the store (file names, link targets, contents) must be byte-identical across thread counts and
modes; results.json too, but for its wall time. Fuel, not wall time, decides timeouts (the
backstop is set out of reach). Closing line: `threads: N passed, M failed`.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def snapshot(out):
    files = {}
    for root, _, names in os.walk(out):
        for n in names:
            p = os.path.join(root, n)
            rel = os.path.relpath(p, out)
            if rel == 'results.json':
                files[rel] = json.dumps(common.normalized_results(p), sort_keys=True).encode()
            elif os.path.islink(p):
                files[rel] = b'-> ' + os.readlink(p).encode()
            else:
                files[rel] = open(p, 'rb').read()
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--battc', required=True)
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--every', type=int, default=20)
    a = ap.parse_args()
    solvers_file = os.path.join(a.shared, 'arc-dsl/solvers.py')
    with tempfile.TemporaryDirectory() as tmp:
        tdir, _ = common.small_task_set(a.shared, tmp, a.every)
        snaps = {}
        for mode in ('interpreted', 'compiled'):
            for threads in (1, 2, 8):
                out = os.path.join(tmp, f'{mode}-{threads}')
                os.makedirs(out)
                cmd = [a.battc, 'run', solvers_file, '--tasks', tdir, '-q', '--threads', str(threads),
                       '--timeout-ms', '600000'] + common.output_args(out)
                cmd += ['--interpret'] if mode == 'interpreted' else ['--cache-dir', os.path.join(tmp, 'cache')]
                subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
                snaps[(mode, threads)] = snapshot(out)
        first = snaps[('interpreted', 1)]
        failed = 0
        for key, snap in snaps.items():
            if snap.keys() != first.keys():
                print(f'{key}: files differ: {sorted(set(snap) ^ set(first))[:5]}')
                failed += 1
                continue
            diff = [f for f in snap if snap[f] != first[f]]
            if diff:
                print(f'{key}: differs from interpreted with 1 thread in {diff[:5]}')
                failed += 1
        print(f'{len(first)} files per run, {len(snaps)} runs (interpreted and compiled, 1, 2 and 8 threads)')
        print(f'threads: {len(snaps) - failed} passed, {failed} failed')
        return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
