// The lexer: Python's tokenizer rules for the subset solver files use (logical lines, implicit line
// joining inside brackets, backslash continuation, comments, string literals for docstrings,
// identifiers per PEP 3131, NFKC-normalized).
// Tokens are produced on demand, so memory does not grow with the file.
#pragma once

#include <vector>

#include "frontend/Diagnostics.h"
#include "frontend/Token.h"

namespace batt::frontend {

class Lexer {
 public:
  // `file` must already be valid UTF-8 (see findInvalidUtf8).
  Lexer(const SourceFile& file, FileId id, DiagnosticEngine& diags);

  // The next token. A lexical error is reported here and returned as one Error token; after the
  // last line, EndOfFile (again on every further call).
  Token next();

 private:
  struct Opener {
    char bracket;
    SourceLoc loc;
  };

  SourceLoc here() const;
  bool atNewline() const;
  void consumeNewline();
  void measureIndentation();
  void skipSpacesAndComment();
  bool lineStartsStatement() const;
  Token reportUnclosedBracket();
  Token lexToken();
  Token lexName(size_t begin, SourceLoc loc);
  Token lexNumber(size_t begin, SourceLoc loc);
  Token lexString(size_t begin, SourceLoc loc);
  Token lexPunctuation(size_t begin, SourceLoc loc);
  Token lexInvalidCharacter(SourceLoc identifierLoc);
  Token error(SourceLoc loc, std::string message);

  const SourceFile& file_;
  FileId fileId_;
  std::string_view text_;
  DiagnosticEngine& diags_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  size_t lineStart_ = 0;
  bool atLineStart_ = true;     // at the start of a physical line outside brackets
  bool lineHasTokens_ = false;  // the current logical line has produced a token
  uint32_t indent_ = 0;
  uint32_t altIndent_ = 0;
  std::vector<Opener> openers_;  // open brackets, innermost last
};

}  // namespace batt::frontend
