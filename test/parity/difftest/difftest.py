#!/usr/bin/env python3
"""Differential test of the dsl primitives: CPython (pyeval.py) against the C++ runtime.

Generates calls (gen_calls.py), evaluates them with pyeval.py and with `BATT_EVAL CALLS RESULTS`,
and compares the answers line by line. A line passes when both sides raise, or both return the
same repr (the same canonical form when the value is address-ordered, protocol.py). Timeouts on
either side are left out. The last line reads `difftest: N passed, M failed`; the exit status is
0 iff nothing failed.

usage: difftest.py --seed N --count M (--batt-eval PATH | --python-only)
                   [--keep DIR] [--shared DIR] [--workers N] [--timeout S]
"""
import argparse
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import zip_longest
from pathlib import Path

import gen_calls
from protocol import ADDRESS_ORDERED, DEFAULT_SHARED, Result, parse_result

HERE = Path(__file__).resolve().parent

SHOWN_DISAGREEMENTS = 10
SHOWN_CHARS = 200


def _read_results(path):
    """The results of PATH; a line that breaks the protocol becomes a Result of status 'bad'."""
    results = []
    with open(path) as f:
        for line in f:
            try:
                results.append(parse_result(line))
            except ValueError:
                results.append(Result('bad', line.rstrip('\n')))
    return results


def _show(result):
    if result is None:
        return '(no answer)'
    marker = ADDRESS_ORDERED + '\t' if result.address_ordered else ''
    return f'{result.status}\t{marker}{result.text}'


def _same_value(py, cpp):
    """Whether two ok results agree, and whether the comparison was by canonical form."""
    if not (py.address_ordered or cpp.address_ordered):
        return py.text == cpp.text, False
    try:
        return py.canonical() == cpp.canonical(), True
    except (SyntaxError, ValueError):  # the C++ text is no repr
        return False, True


class Comparison:
    def __init__(self):
        self.per_primitive = defaultdict(Counter)
        self.totals = Counter()
        self.disagreements = []   # (line number, call, python result, c++ result)

    def add(self, number, call, py, cpp):
        counts = self.per_primitive[call[:call.index('(')]]
        counts['calls'] += 1
        if py.status == 'timeout' or (cpp is not None and cpp.status == 'timeout'):
            counts['timeout'] += 1
            return
        t = self.totals
        t['compared'] += 1
        agree = cpp is not None and py.status == cpp.status
        t['same status'] += agree
        if agree and py.status == 'ok':
            agree, address_ordered = _same_value(py, cpp)
            t['address-hashed' if address_ordered else 'values'] += 1
            t['address-hashed agree' if address_ordered else 'values agree'] += agree
        elif agree:
            t['errors'] += 1
            t['errors same name'] += py.text == cpp.text
        counts['agree' if agree else 'disagree'] += 1
        if not agree:
            self.disagreements.append((number, call, py, cpp))

    def report(self, out):
        print(f'{"primitive":<14} {"calls":>6} {"agree":>6} {"disagree":>8} {"timeout":>7}',
              file=out)
        for name, c in self.per_primitive.items():
            print(f'{name:<14} {c["calls"]:>6} {c["agree"]:>6} {c["disagree"]:>8} '
                  f'{c["timeout"]:>7}', file=out)
        t = self.totals
        timeouts = sum(c['timeout'] for c in self.per_primitive.values())
        print(f'error-vs-value agreement: {_percent(t["same status"], t["compared"])} '
              f'({timeouts} timed out)', file=out)
        print(f'value agreement: {_percent(t["values agree"], t["values"])}; '
              f'address-hashed: {t["address-hashed"]}, agree {t["address-hashed agree"]}',
              file=out)
        print(f'exception-name agreement: {_percent(t["errors same name"], t["errors"])}',
              file=out)
        for number, call, py, cpp in self.disagreements[:SHOWN_DISAGREEMENTS]:
            print(f'line {number}: {_clip(call)}\n  python: {_clip(_show(py))}\n'
                  f'  c++:    {_clip(_show(cpp))}', file=out)
        failed = len(self.disagreements)
        print(f'difftest: {t["compared"] - failed} passed, {failed} failed', file=out)

    def write_disagreements(self, path):
        with open(path, 'w') as f:
            for number, call, py, cpp in self.disagreements:
                f.write(f'line {number}: {call}\npython: {_show(py)}\nc++:    {_show(cpp)}\n\n')


def _percent(part, whole):
    return f'{100 * part / whole:.2f}% ({part}/{whole})' if whole else 'n/a (0/0)'


def _clip(text):
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + '...'


def main():
    parser = argparse.ArgumentParser(description='Differential test of the dsl primitives.')
    parser.add_argument('--seed', type=int, required=True)
    parser.add_argument('--count', type=int, required=True)
    side = parser.add_mutually_exclusive_group(required=True)
    side.add_argument('--batt-eval', type=Path, help='the C++ evaluator')
    side.add_argument('--python-only', action='store_true',
                      help='check the harness: a second pyeval run stands in for the C++ side')
    parser.add_argument('--keep', type=Path,
                        help='keep the calls, both results and all disagreements in this folder')
    parser.add_argument('--shared', type=Path, default=DEFAULT_SHARED)
    parser.add_argument('--workers', type=int, default=2, help='pyeval processes')
    parser.add_argument('--timeout', type=float, default=2.0, help='pyeval seconds per call')
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        calls, py_results, cpp_results = (folder / 'calls.txt', folder / 'python.txt',
                                          folder / 'cpp.txt')
        with calls.open('w') as out:
            # The harness check also checks that the calls are protocol syntax.
            gen_calls.generate(args.seed, args.count, out, args.shared, check=args.python_only)
        # pyeval runs in a process of its own: workers forked from this one would inherit the
        # generator's heap, and every garbage collection in them would walk it.
        pyeval = [sys.executable, HERE / 'pyeval.py', '--timeout', str(args.timeout),
                  '--workers', str(args.workers), '--shared', args.shared]
        subprocess.run(pyeval + [calls, py_results], check=True)
        cpp_results.touch()  # what a crash before the first line leaves
        status = subprocess.run((pyeval if args.python_only else [args.batt_eval])
                                + [calls, cpp_results]).returncode
        if status != 0:
            print(f'difftest: the C++ side exited with status {status}', file=sys.stderr)

        comparison = Comparison()
        lines = calls.read_text().splitlines()
        py, cpp = _read_results(py_results), _read_results(cpp_results)
        # A missing answer is a disagreement; surplus answers break the protocol.
        surplus = len(cpp) > len(lines)
        if surplus:
            print(f'difftest: {len(cpp)} answers from the C++ side for {len(lines)} calls',
                  file=sys.stderr)
        for number, (call, p, c) in enumerate(zip_longest(lines, py, cpp[:len(lines)]), 1):
            comparison.add(number, call, p, c)
        comparison.report(sys.stdout)
        if args.keep:
            comparison.write_disagreements(folder / 'disagreements.txt')
    sys.exit(1 if comparison.disagreements or surplus else 0)


if __name__ == '__main__':
    main()
