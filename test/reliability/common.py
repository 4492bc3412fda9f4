"""What the reliability tests share: a small task set, the run's files, and checks that each file
a run leaves is complete and valid."""
import json
import os


def small_task_set(shared, tmp, every=40):
    """Every `every`-th ARC-AGI-1 training task (10 of 400 by default), symlinked into tmp/tasks."""
    training = os.path.join(shared, 'arc-data/arc-agi-1/training')
    tasks = sorted(f for f in os.listdir(training) if f.endswith('.json'))[::every]
    tdir = os.path.join(tmp, 'tasks')
    os.makedirs(tdir, exist_ok=True)
    samples = 0
    for t in tasks:
        os.symlink(os.path.join(training, t), os.path.join(tdir, t))
        d = json.load(open(os.path.join(training, t)))
        samples += len(d['train']) + len(d['test'])
    return tdir, samples


def output_args(out):
    return ['--outputs', os.path.join(out, 'outputs.tsv'), '--results', os.path.join(out, 'results.json'),
            '--submission', os.path.join(out, 'submission.json'), '--store', os.path.join(out, 'store')]


def check_files(out, solvers, samples):
    """Problems with the files in `out` (an empty list when every file present is complete)."""
    problems = []
    path = os.path.join(out, 'outputs.tsv')
    if os.path.exists(path):
        lines = open(path).read().split('\n')
        if lines[-1] != '' or len(lines) - 2 != solvers * samples or not lines[0].startswith('solver\t'):
            problems.append(f'outputs.tsv: {len(lines) - 2} lines, expected {solvers * samples}')
        elif any(len(l.split('\t')) != 8 for l in lines[1:-1]):
            problems.append('outputs.tsv: a line without 8 columns')
    for name in ('results.json', 'submission.json'):
        path = os.path.join(out, name)
        if os.path.exists(path):
            try:
                json.load(open(path))
            except ValueError as e:
                problems.append(f'{name}: not valid JSON ({e})')
    store = os.path.join(out, 'store')
    for root, _, files in os.walk(store):
        for f in files:
            p = os.path.join(root, f)
            if not os.path.exists(p):
                problems.append(f'store: dangling link {p}')
            elif f.endswith('.py') and not open(p).read().rstrip().endswith('return O'):
                problems.append(f'store: incomplete solver {p}')
    return problems


def normalized_results(path):
    """results.json without what differs from run to run (the wall time)."""
    j = json.load(open(path))
    j.get('summary', {}).pop('seconds', None)
    return j
