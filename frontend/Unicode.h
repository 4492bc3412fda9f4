// Identifiers as Python 3 reads them (PEP 3131): the first character XID_Start or '_', the rest
// XID_Continue, and the name NFKC-normalized. The tables (UnicodeTables.inc) are generated from
// CPython's unicodedata by gen_unicode_tables.py.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace batt::frontend {

// Decodes the UTF-8 code point at the start of `s` (already validated): the code point and its
// length in bytes.
std::pair<char32_t, size_t> decodeUtf8(std::string_view s);

bool isXidStart(char32_t c);
bool isXidContinue(char32_t c);
// As Python's str.isprintable(): which of its two messages an invalid character gets.
bool isPrintable(char32_t c);

// Where per-code-point normalization could differ from NFKC of the whole identifier: the byte
// offset of a code point that NFKC may combine with the one before it (a combining mark such as
// U+0301 after 'e', which NFKC composes into U+00E9).
struct CombiningAt {
  size_t offset;
};

// The NFKC form of an identifier (`name` holds only XID characters, validated), mapped one code
// point at a time with the generated table; or where that mapping may not be NFKC.
std::variant<std::string, CombiningAt> normalizeIdentifier(std::string_view name);

}  // namespace batt::frontend
