#!/usr/bin/env python3
"""Kill `battc run` at random points and check that every file it leaves is complete and valid.

usage: kill_points.py --battc build/bin/battc [--points 100] [--seed 1] [--shared ../shared]

The 400 reference solvers over 5 training tasks, with --outputs, --results, --submission and
--store, interpreted and compiled alternately (the compiled runs share a build cache that is
emptied every 10 points, so some kills land in the build). Each point sends SIGINT, SIGTERM or
SIGKILL after a random delay within a full run's duration. After each, every output file that
exists must be complete (outputs.tsv with every line, valid JSON, store solvers complete and
links resolving): the files are written under temporary names and renamed. A SIGINT or SIGTERM
must also end the run promptly (under a second) with status 130 or leave a completed run
(status 0), and a run afterwards must give the same outputs as an uninterrupted one (so the
build cache is never corrupt). Closing line: `kill-points: N passed, M failed`.
"""
import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--battc', required=True)
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--points', type=int, default=100)
    ap.add_argument('--seed', type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    solvers_file = os.path.join(a.shared, 'arc-dsl/solvers.py')
    solvers = sum(1 for l in open(solvers_file) if l.startswith('def '))
    with tempfile.TemporaryDirectory() as tmp:
        tdir, samples = common.small_task_set(a.shared, tmp, every=80)
        out = os.path.join(tmp, 'out')
        cache = os.path.join(tmp, 'cache')
        os.makedirs(out)
        base = [a.battc, 'run', solvers_file, '--tasks', tdir, '-q'] + common.output_args(out)
        # A reference run: its outputs, and how long a run takes.
        t0 = time.time()
        subprocess.run(base + ['--interpret'], check=True, stderr=subprocess.DEVNULL)
        duration = time.time() - t0
        reference = open(os.path.join(out, 'outputs.tsv'), 'rb').read()
        failed = 0
        counts = {'interrupted': 0, 'completed': 0, 'killed': 0}
        for point in range(a.points):
            compiled = point % 2 == 1
            if compiled and point % 20 == 1:
                shutil.rmtree(cache, ignore_errors=True)
            cmd = base + (['--cache-dir', cache] if compiled else ['--interpret'])
            sig = rng.choice([signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
            delay = rng.uniform(0, duration * 1.1)
            p = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            sent = time.time()
            p.send_signal(sig)
            try:
                status = p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                status = p.wait()
                print(f'point {point}: {sig.name} after {delay:.2f} s: no exit within 10 s')
                failed += 1
                continue
            took = time.time() - sent
            problems = common.check_files(out, solvers, samples)
            if sig == signal.SIGKILL:
                counts['killed'] += 1
            elif status == 130 or status == -sig:
                # -sig: the signal came before main() installed the handler (during the dynamic
                # loader's work), when nothing has been read or written; a shell reports 130 too.
                counts['interrupted'] += 1
                if took > 1.0:
                    problems.append(f'stopped {took:.2f} s after {sig.name}')
            elif status == 0:
                counts['completed'] += 1
            else:
                problems.append(f'exit status {status} after {sig.name}')
            if problems:
                failed += 1
                print(f'point {point} ({"compiled" if compiled else "interpreted"}, {sig.name} after '
                      f'{delay:.2f} s): ' + '; '.join(problems))
        # The cache and the files are still good: a full run gives the reference outputs.
        subprocess.run(base + ['--cache-dir', cache], check=True, stderr=subprocess.DEVNULL)
        if open(os.path.join(out, 'outputs.tsv'), 'rb').read() != reference:
            print('a compiled run after the kills gives different outputs')
            failed += 1
        leftovers = [f for f in os.listdir(out) if '.tmp.' in f]
        print(f'{a.points} kill points over {duration:.2f} s runs: {counts["interrupted"]} stopped '
              f'by SIGINT/SIGTERM (exit 130), {counts["completed"]} completed first, '
              f'{counts["killed"]} SIGKILLed; temporary files left by SIGKILL: {len(leftovers)}')
        print(f'kill-points: {a.points + 1 - failed} passed, {failed} failed')
        return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
