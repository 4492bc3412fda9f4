// Identifiers as Python 3 reads them (PEP 3131): the first character XID_Start or '_', the rest
// XID_Continue, and the name NFKC-normalized. The tables (UnicodeTables.inc) are generated from
// CPython's unicodedata by gen_unicode_tables.py.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace batt::frontend {

// Decodes the UTF-8 code point at the start of `s` (already validated): the code point and its
// length in bytes.
std::pair<char32_t, size_t> decodeUtf8(std::string_view s);

bool isXidStart(char32_t c);
bool isXidContinue(char32_t c);
// As Python's str.isprintable(): which of its two messages an invalid character gets.
bool isPrintable(char32_t c);

// The NFKC form of an identifier (`name` holds only XID characters, validated): Unicode's
// algorithm (UAX #15: compatibility decomposition, canonical ordering, canonical composition) on
// the generated tables, so that 'e' + U+0301 is U+00E9 as in CPython.
std::string normalizeIdentifier(std::string_view name);

}  // namespace batt::frontend
