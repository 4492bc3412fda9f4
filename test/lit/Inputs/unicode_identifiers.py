"""Every code point in and around an identifier, through battc and through CPython 3.11.

usage: unicode_identifiers.py BATTC WORKDIR

For every non-ASCII code point c of planes 0 to 3 and 14 (the others are unassigned or private
use: neither identifiers nor printable), the names 'x' + c and c + '_' are written as assignments in a
solver file; battc must accept exactly those CPython accepts (str.isidentifier), name each as
unicodedata.normalize('NFKC') does, and report each other one as CPython's tokenizer does:
'invalid character' or 'invalid non-printable character', at the byte column of c. Then
combining sequences, which NFKC composes and reorders: every combining mark (and every other
character that composes with the one before it) after each of a set of bases, pairs of marks,
Hangul jamo. Prints one summary line per check, for FileCheck.
"""
import os
import re
import subprocess
import sys
import unicodedata

battc, workdir = sys.argv[1], sys.argv[2]
os.makedirs(workdir, exist_ok=True)
lines, expected = ['def solve(I):'], {}
for c in [*range(0x80, 0x40000), *range(0xE0000, 0xF0000)]:
    if 0xD800 <= c < 0xE000 or c in (0x85, 0x2028, 0x2029):  # surrogates; line breaks to editors
        continue
    for name in ('x' + chr(c), chr(c) + '_'):
        lines.append(f'    {name} = I')
        if name.isidentifier():
            expected[len(lines)] = ('name', unicodedata.normalize('NFKC', name))
        else:
            col = len(name[:name.index(chr(c))].encode()) + 5
            message = (f"invalid character '{chr(c)}' (U+{c:04X})" if chr(c).isprintable()
                       else f'invalid non-printable character U+{c:04X}')
            expected[len(lines)] = ('error', col, message)
lines.append('    return I')

marks = [c for c in range(0x300, 0x20000) if ('a' + chr(c)).isidentifier() and
         (unicodedata.combining(chr(c)) or unicodedata.normalize('NFC', 'a' + chr(c)) != 'a' + chr(c)
          or any(unicodedata.normalize('NFC', b + chr(c)) != b + chr(c) for b in 'eoEOnsSc\u0915\u0928'))]
sequences = [b + chr(m) for b in ['a', 'e', 'o', 'u', 'A', 'E', 'n', 's', 'c', 'x', '\u00e9', '\u1ea1',
                                  '\u0915', '\u0928', '\u0b47', '\u09c7', '\u1100', '\uac00']
             for m in marks]
sequences += ['a' + chr(m) + chr(n) for m in marks[::3] for n in marks[::4]]
sequences += ['\u1100\u1161\u11a8', '\uac00\u11a8', '\u1100\u1161', 'e\u0323\u0302', 'a\u0302\u0323',
              '\u0928\u094d\u0924\u0947', '\u0915\u093c', 'x\u0344\u0301']
sequences = [name for name in sequences if name.isidentifier()]
combining = ['def solve(I):'] + [f'    {name} = I' for name in sequences] + ['    return I']


def run(text):
    path = os.path.join(workdir, 'identifiers.py')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(text) + '\n')
    r = subprocess.run([battc, 'inspect', '--emit=ast', path], capture_output=True, text=True)
    errors = {int(line): (int(col), message) for line, col, message in
              re.findall(r'^.*?:(\d+):(\d+): error: (.*)$', r.stderr, re.M)}
    names = {int(line): name for name, line in re.findall(r'^    Assign (\S+) <(\d+):', r.stdout, re.M)}
    return errors, names


errors, _ = run(lines)
wrong_errors = sum(1 for line, kind in expected.items()
                   if kind[0] == 'error' and errors.get(line) != kind[1:])
unexpected = sum(1 for line in errors if expected[line][0] != 'error')
print(f'rejected as CPython does: {sum(1 for k in expected.values() if k[0] == "error") - wrong_errors}, '
      f'wrong: {wrong_errors}, errors for names CPython accepts: {unexpected}')

# The accepted names alone, in a solver battc compiles: each named as NFKC names it.
kept = [line if i + 1 in expected and expected[i + 1][0] == 'name' else '    y = I'
        for i, line in enumerate(lines)]
kept[0], kept[-1] = lines[0], lines[-1]
errors, names = run(kept)
accepted = [line for line, kind in expected.items() if kind[0] == 'name']
wrong = sum(1 for line in accepted if names.get(line) != expected[line][1])
print(f'names as CPython normalizes them: {len(accepted) - wrong}, wrong: {wrong}, errors: {len(errors)}')

errors, names = run(combining)
wrong = [name for k, name in enumerate(sequences)
         if names.get(k + 2) != unicodedata.normalize('NFKC', name)]
print(f'combining sequences as CPython normalizes them: {len(sequences) - len(wrong)}, '
      f'wrong: {len(wrong)}, errors: {len(errors)}')
for name in wrong[:10]:
    print('  ', [hex(ord(c)) for c in name], names.get(sequences.index(name) + 2))
