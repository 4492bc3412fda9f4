// Tokens of the solver-file subset of Python.
#pragma once

#include <cstdint>
#include <string_view>

#include "frontend/Source.h"

namespace batt::frontend {

enum class TokenKind : uint8_t {
  Name,     // identifiers and keywords alike; the parser tells them apart
  Integer,  // a decimal integer literal that fits in int64
  String,   // any string literal (only docstrings are accepted)
  LParen,
  RParen,
  Comma,
  Colon,
  Semicolon,
  Equal,
  Minus,
  Star,
  Dot,
  Operator,  // every other Python operator or delimiter ('+', '[', '->', '+=', ...)
  Newline,   // the end of a logical line
  EndOfFile,
  Error,  // a lexical error, already reported
};

struct Token {
  TokenKind kind;
  SourceLoc loc;
  std::string_view text;  // as written in the source
  std::string_view name = {};  // Name: the identifier after NFKC normalization (`text` if equal)
  int64_t value = 0;  // Integer: the value
  // The first token of a logical line carries its indentation, measured as CPython does twice:
  // tabs to the next multiple of 8 (indent) and tabs as one column (altIndent). Two lines are at
  // the same level only if both measures agree; if one says equal and the other not, the file
  // mixes tabs and spaces ambiguously (CPython's TabError).
  bool atLineStart = false;
  uint32_t indent = 0;
  uint32_t altIndent = 0;
};

}  // namespace batt::frontend
