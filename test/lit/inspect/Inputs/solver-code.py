"""Checks the `generated code:` section of `battc inspect --solver` for every solver of a file
against `battc inspect --emit=cpp` of the same file: each line is the line at the labelled shard
and case, and the calls of a solver are in dependency order and complete (every operand that is a
call comes earlier). Usage: solver-code.py BATTC SOLVERS.py; prints a one-line summary."""
import re
import subprocess
import sys

battc, source = sys.argv[1], sys.argv[2]
cpp = subprocess.run([battc, "inspect", "--emit=cpp", source], capture_output=True, text=True,
                     check=True).stdout

files, name = {}, None
for line in cpp.splitlines(keepends=True):
    header = re.fullmatch(r"//--- (\S+)\n", line)
    if header:
        name = header.group(1)
        files[name] = []
    else:
        files[name].append(line)
table = "".join(files["program.cpp"])
# Shard-local number -> program node, per shard file; and the leaves' program nodes.
local = {f"shard{k}.cpp": [int(n) for n in re.findall(r"\d+", body)]
         for k, body in re.findall(r"const uint32_t kShard(\d+)Nodes\[\] = \{([^}]*)\}", table)}
leaves = {int(n) for n in re.findall(r"\{Leaf::\w+, (\d+),", table)}

solvers = re.findall(r"^def (\w+)\(", open(source).read(), re.M)
command = [battc, "inspect", source]
for solver in solvers:
    command += ["--solver", solver]
report = subprocess.run(command, capture_output=True, text=True, check=True).stdout

def fail(message):
    sys.exit(f"{solver}: {message}")

lines = runs = 0
solver, section, defined = None, False, set()
for line in report.splitlines(keepends=True):
    start = re.match(r"solver (\S+) at ", line)
    if start:
        solver, section = start.group(1), False
        continue
    if line.startswith("generated code: "):
        section, defined = True, set()
        continue
    if not section or re.match(r"\d+ solvers, ", line):
        section = False
        continue
    label = re.fullmatch(r"//--- (\S+) case (\d+)\n", line)
    if label:
        shard, text = label.group(1), files[label.group(1)]
        at = text.index(next(t for t in text if t.startswith(f"    case {label.group(2)}: ")))
        at -= text[at - 1].startswith("    // ")
        runs += 1
        continue
    if text[at] != line:
        fail(f"{line!r} is {text[at]!r} in {shard}")
    at += 1
    lines += 1
    case = re.match(r"    case \d+: return eval(?:_dynamic)?\(b, (\d+), (.*)\);\n", line)
    if case:
        numbers = [int(n) for n in re.findall(r"\b\d+\b", case.group(2))]
        for operand in numbers:
            node = local[shard][operand]
            if node not in leaves and node not in defined:
                fail(f"operand {operand} of {line!r} is not shown before it")
        defined.add(local[shard][int(case.group(1))])
print(f"{len(solvers)} solvers: {lines} lines in {runs} runs, each as --emit=cpp writes it, "
      "operands first")
