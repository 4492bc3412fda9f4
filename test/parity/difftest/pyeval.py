#!/usr/bin/env python3
"""The CPython side of the differential test: evaluate a calls file with dsl.py, write results.

Each line is evaluated on its own, with eval() in a namespace of the dsl primitives and constants
(calls are protocol syntax, checked by gen_calls.py: frozenset((a, b)) inserts a then b, as the
C++ side does). eval() runs every call of a line, nested or not, from one frame at the same depth
of a pool worker, so RecursionError strikes the same way on every line. Answers follow
protocol.py; a call that runs out of time or memory is a `timeout`: it says nothing about
semantics (../shared/golden/FORMAT.md).

usage: pyeval.py CALLS RESULTS [--timeout S] [--workers N] [--shared DIR]
"""
import argparse
import resource
import signal
import sys
from multiprocessing import Pool
from pathlib import Path

from protocol import DEFAULT_SHARED, TIMEOUT_LINE, is_comment, load_dsl, result_text

MEMORY_LIMIT = 3 << 30  # bytes of address space per worker, as ../shared/tools/pyref.py


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so that nothing on the way can take it for an error
    of the call."""


def _on_alarm(signum, frame):
    raise _Timeout()


_namespace = {}
_timeout = 0.0


_depth_set = []


def _init_worker(shared, timeout):
    global _timeout
    primitives, constants = load_dsl(shared)
    # Only frozenset is needed from the builtins; without the others a stray name in a calls
    # file fails instead of meaning something the C++ side does not know.
    _namespace.update(primitives, **constants, __builtins__={'frozenset': frozenset})
    _timeout = timeout
    signal.signal(signal.SIGALRM, _on_alarm)
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


# Under ../shared/tools/pyref.py (which produced the golden outputs), `power(identity, n)` in a
# solver works up to n = 982 and raises RecursionError from 983 on. The first call of each worker
# finds the same limit for a line evaluated here and shifts the recursion limit to match, so that
# RecursionError strikes at the same depth of dsl calls as under pyref.py.
PYREF_DEEPEST_POWER = 982


def _match_pyref_depth():
    deepest = 0
    for n in range(900, 1100):
        try:
            eval(f'power(identity, {n})', _namespace)
            deepest = n
        except RecursionError:
            break
    sys.setrecursionlimit(sys.getrecursionlimit() + PYREF_DEEPEST_POWER - deepest)


def _evaluate(line):
    if not _depth_set:
        _depth_set.append(True)
        _match_pyref_depth()
    signal.setitimer(signal.ITIMER_REAL, _timeout)
    try:
        value = eval(line, _namespace)
    except (_Timeout, MemoryError):
        return TIMEOUT_LINE
    except Exception as e:
        return 'error\t' + type(e).__name__
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    try:  # an enormous value can exhaust memory in repr too
        return 'ok\t' + result_text(value)
    except MemoryError:
        return TIMEOUT_LINE


def evaluate_file(calls, results, timeout, workers, shared):
    with open(calls) as f:
        lines = [line.rstrip('\n') for line in f if not is_comment(line)]
    with Pool(workers, initializer=_init_worker, initargs=(shared, timeout)) as pool, \
            open(results, 'w') as out:
        for answer in pool.imap(_evaluate, lines, chunksize=16):
            out.write(answer + '\n')


def main():
    parser = argparse.ArgumentParser(description='Evaluate dsl calls under CPython.')
    parser.add_argument('calls', type=Path)
    parser.add_argument('results', type=Path)
    parser.add_argument('--timeout', type=float, default=2.0, help='seconds per call')
    parser.add_argument('--workers', type=int, default=2)
    parser.add_argument('--shared', type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    evaluate_file(args.calls, args.results, args.timeout, args.workers, args.shared)


if __name__ == '__main__':
    main()
