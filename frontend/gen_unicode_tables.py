#!/usr/bin/env python3
"""Generates frontend/UnicodeTables.inc from CPython's own unicodedata.

usage: python3 frontend/gen_unicode_tables.py > frontend/UnicodeTables.inc

Identifiers follow PEP 3131 as CPython reads them: the first character XID_Start (or '_'), the
rest XID_Continue, checked on the text as written; then the name is NFKC-normalized. The
reference is CPython itself: a character starts an identifier if chr(c).isidentifier(), and
continues one if ('a' + chr(c)).isidentifier(); a name's normal form is
unicodedata.normalize('NFKC', name). A character that is neither is reported as CPython reports
it: 'invalid character' if str.isprintable(), else 'invalid non-printable character'.

NFKC is computed as Unicode defines it (UAX #15), so that combining sequences compose and reorder
as in CPython ('e' + U+0301 is U+00E9): the compatibility decomposition of every XID_Continue
code point (Hangul syllables are algorithmic), the canonical combining classes of every code
point those hold, and the primary composites. The generator runs that algorithm on its own
tables and checks it against unicodedata: every XID_Continue code point alone, after a starter,
and every combining mark after each of a set of bases and before another mark.
"""
import sys
import unicodedata


def ranges(codepoints):
    out = []
    for c in codepoints:
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


SBASE, LBASE, VBASE, TBASE, LCOUNT, VCOUNT, TCOUNT = 0xAC00, 0x1100, 0x1161, 0x11A7, 19, 21, 28
NCOUNT = VCOUNT * TCOUNT
SCOUNT = LCOUNT * NCOUNT


def nfkc_by_tables(name, nfkd, ccc, compose):
    """NFKC as frontend/Unicode.cpp computes it, from the generated tables only."""
    d = []
    for ch in name:
        c = ord(ch)
        if SBASE <= c < SBASE + SCOUNT:
            s = c - SBASE
            d += [LBASE + s // NCOUNT, VBASE + s % NCOUNT // TCOUNT]
            if s % TCOUNT:
                d.append(TBASE + s % TCOUNT)
        else:
            d += nfkd.get(c, [c])
    for i in range(1, len(d)):  # canonical ordering: a stable insertion sort of non-starters
        cc, j = ccc.get(d[i], 0), i
        while cc and j > 0 and ccc.get(d[j - 1], 0) > cc:
            d[j - 1], d[j] = d[j], d[j - 1]
            j -= 1
    out, starter = [], None
    for c in d:
        cc = ccc.get(c, 0)
        if starter is not None:
            last = ccc.get(out[-1], 0)
            blocked = len(out) - 1 != starter and (last == 0 or last >= cc)
            a = out[starter]
            composite = None
            if LBASE <= a < LBASE + LCOUNT and VBASE <= c < VBASE + VCOUNT:
                composite = SBASE + ((a - LBASE) * VCOUNT + c - VBASE) * TCOUNT
            elif (SBASE <= a < SBASE + SCOUNT and (a - SBASE) % TCOUNT == 0
                  and TBASE < c < TBASE + TCOUNT):
                composite = a + c - TBASE
            else:
                composite = compose.get((a, c))
            if not blocked and composite is not None:
                out[starter] = composite
                continue
        if cc == 0:
            starter = len(out)
        out.append(c)
    return ''.join(map(chr, out))


def main():
    nfkc = lambda s: unicodedata.normalize('NFKC', s)
    start = [c for c in range(0x110000) if chr(c).isidentifier()]
    cont = [c for c in range(0x110000) if ('a' + chr(c)).isidentifier()]
    assert set(start) <= set(cont)

    printable = [c for c in range(0x110000) if chr(c).isprintable()]
    nfkd = {c: [ord(x) for x in unicodedata.normalize('NFKD', chr(c))] for c in cont
            if not SBASE <= c < SBASE + SCOUNT and unicodedata.normalize('NFKD', chr(c)) != chr(c)}
    held = set(cont) | {x for m in nfkd.values() for x in m}
    ccc = {c: unicodedata.combining(chr(c)) for c in sorted(held) if unicodedata.combining(chr(c))}
    compose = {}
    for c in range(0x110000):
        d = unicodedata.decomposition(chr(c))
        if d and not d.startswith('<'):
            parts = [int(x, 16) for x in d.split()]
            if len(parts) == 2 and unicodedata.normalize('NFC', chr(c)) == chr(c):
                compose[tuple(parts)] = c

    # The tables give CPython's NFKC, and a normal form is still an identifier.
    marks = sorted(ccc) + sorted({b for a, b in compose if b in held and b not in ccc})
    cases = [chr(c) for c in cont] + ['a' + chr(c) for c in cont]
    cases += [b + chr(m) for b in 'aeouAEOUnsc\u00e9\u0915\u0928\u1100\uac00\u0b47' for m in marks]
    cases += ['a' + chr(m) + chr(n) for m in marks[::7] for n in marks[::5]]
    cases += ['\u1100\u1161\u11a8', '\uac00\u11a8', 'e\u0323\u0302', 'a\u0302\u0323']
    for name in cases:
        expected = nfkc(name)
        assert nfkc_by_tables(name, nfkd, ccc, compose) == expected, [hex(ord(x)) for x in name]
        assert not ('a' + name).isidentifier() or ('a' + expected).isidentifier()

    pool = []
    entries = []
    for c, m in sorted(nfkd.items()):
        entries.append((c, len(pool), len(m)))
        pool.extend(m)
    ccc_ranges = []
    for c, v in sorted(ccc.items()):
        if ccc_ranges and ccc_ranges[-1][1] == c - 1 and ccc_ranges[-1][2] == v:
            ccc_ranges[-1][1] = c
        else:
            ccc_ranges.append([c, c, v])

    w = sys.stdout.write
    w('// Generated by frontend/gen_unicode_tables.py from CPython %s\'s unicodedata (Unicode %s).\n'
      % (sys.version.split()[0], unicodedata.unidata_version))
    w('// Do not edit; run `python3 frontend/gen_unicode_tables.py > frontend/UnicodeTables.inc`.\n')
    w('// %d XID_Start and %d XID_Continue code points; %d XID_Continue code points with a\n'
      % (len(start), len(cont), len(entries)))
    w('// compatibility decomposition (%d code points), Hangul syllables aside; %d with a canonical\n'
      % (len(pool), len(ccc)))
    w('// combining class; %d primary composites; %d checks against unicodedata.normalize().\n\n'
      % (len(compose), len(cases)))

    def table(name, rs):
        w('inline constexpr CodePointRange %s[%d] = {\n' % (name, len(rs)))
        line = ' '
        for lo, hi in rs:
            item = ' {0x%X, 0x%X},' % (lo, hi)
            if len(line) + len(item) > 99:
                w(line + '\n')
                line = ' '
            line += item
        w(line + '\n};\n\n')

    table('kXidStart', ranges(start))
    table('kXidContinue', ranges(cont))
    table('kPrintable', ranges(printable))
    w('inline constexpr CombiningClassRange kCombiningClass[%d] = {\n' % len(ccc_ranges))
    for k in range(0, len(ccc_ranges), 5):
        w('  ' + ' '.join('{0x%X, 0x%X, %d},' % tuple(r) for r in ccc_ranges[k:k + 5]) + '\n')
    w('};\n\n')
    w('inline constexpr char32_t kDecompositionPool[%d] = {\n' % len(pool))
    for k in range(0, len(pool), 10):
        w('  ' + ' '.join('0x%X,' % x for x in pool[k:k + 10]) + '\n')
    w('};\n\n')
    w('inline constexpr Decomposition kDecomposition[%d] = {\n' % len(entries))
    for k in range(0, len(entries), 5):
        w('  ' + ' '.join('{0x%X, %d, %d},' % e for e in entries[k:k + 5]) + '\n')
    w('};\n\n')
    w('inline constexpr Composite kComposite[%d] = {  // by first, then second\n' % len(compose))
    items = sorted(compose.items())
    for k in range(0, len(items), 4):
        w('  ' + ' '.join('{0x%X, 0x%X, 0x%X},' % (a, b, c) for (a, b), c in items[k:k + 4]) + '\n')
    w('};\n')


if __name__ == '__main__':
    main()
