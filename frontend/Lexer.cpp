#include "frontend/Lexer.h"

#include <array>
#include <limits>

#include <fmt/format.h>

#include "frontend/Parser.h"
#include "frontend/Unicode.h"

namespace batt::frontend {

namespace {

bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

// String prefixes CPython accepts (case-insensitive): r, u, b, f, br, rb, fr, rf.
bool isStringPrefix(std::string_view name) {
  if (name.size() > 2) return false;
  std::string lower;
  for (char c : name) lower += static_cast<char>(c | 0x20);
  return lower == "r" || lower == "u" || lower == "b" || lower == "f" || lower == "br" ||
         lower == "rb" || lower == "fr" || lower == "rf";
}

// Python's operators and delimiters longer than one character, longest first.
constexpr std::array<std::string_view, 24> kLongOperators = {
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "==", "!=", "<=", ">=", "+=",
    "-=",  "*=",  "/=",  "%=",  "&=",  "|=", "^=", "@=", "**", "//", "<<", ">>"};
constexpr std::string_view kShortOperators = "+-*/%@&|^~<>()[]{},:.;=!";

char closerOf(char opener) { return opener == '(' ? ')' : opener == '[' ? ']' : '}'; }

// The identifier character (XID_Start, or XID_Continue when `start` is false) that begins `s`, as
// its length in bytes; 0 if `s` does not begin with one.
size_t identifierCharAt(std::string_view s, bool start) {
  auto b = static_cast<unsigned char>(s[0]);
  if (b < 0x80) return (start ? isNameStart(s[0]) : isNameChar(s[0])) ? 1 : 0;
  auto [c, length] = decodeUtf8(s);
  return (start ? isXidStart(c) : isXidContinue(c)) ? length : 0;
}

}  // namespace

Lexer::Lexer(const SourceFile& file, FileId id, DiagnosticEngine& diags)
    : file_(file), fileId_(id), text_(file.text()), diags_(diags) {}

SourceLoc Lexer::here() const {
  return {fileId_, line_, static_cast<uint32_t>(pos_ - lineStart_ + 1)};
}

bool Lexer::atNewline() const {
  return pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r');
}

void Lexer::consumeNewline() {
  if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
  ++pos_;
  ++line_;
  lineStart_ = pos_;
}

void Lexer::measureIndentation() {
  indent_ = altIndent_ = 0;
  for (; pos_ < text_.size(); ++pos_) {
    char c = text_[pos_];
    if (c == ' ') {
      ++indent_;
      ++altIndent_;
    } else if (c == '\t') {
      indent_ = (indent_ / 8 + 1) * 8;
      ++altIndent_;
    } else if (c == '\f') {
      indent_ = altIndent_ = 0;
    } else {
      break;
    }
  }
}

void Lexer::skipSpacesAndComment() {
  while (pos_ < text_.size() &&
         (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\f')) {
    ++pos_;
  }
  if (pos_ < text_.size() && text_[pos_] == '#') {
    while (pos_ < text_.size() && !atNewline()) ++pos_;
  }
}

// Inside brackets newlines do not end the logical line, so an unclosed '(' would swallow the rest
// of the file. A line that starts with `def` in column 1, or with `return`, cannot continue an
// expression: stop there, so that only the broken solver is lost (and reported once).
bool Lexer::lineStartsStatement() const {
  auto startsWithKeyword = [](std::string_view rest, std::string_view keyword) {
    return rest.starts_with(keyword) &&
           (rest.size() == keyword.size() ||
            identifierCharAt(rest.substr(keyword.size()), false) == 0);
  };
  std::string_view rest = text_.substr(pos_);
  if (startsWithKeyword(rest, "def")) return true;
  size_t indent = rest.find_first_not_of(" \t\f");
  return indent != std::string_view::npos && startsWithKeyword(rest.substr(indent), "return");
}

Token Lexer::reportUnclosedBracket() {
  const Opener& innermost = openers_.back();
  Token token = error(innermost.loc, fmt::format("'{}' was never closed", innermost.bracket));
  openers_.clear();
  lineHasTokens_ = false;
  return token;
}

Token Lexer::error(SourceLoc loc, std::string message) {
  diags_.error(loc, std::move(message));
  return {TokenKind::Error, loc, {}};
}

Token Lexer::next() {
  for (;;) {
    if (atLineStart_) {
      measureIndentation();
      skipSpacesAndComment();
      if (atNewline()) {  // a blank or comment-only line
        consumeNewline();
        continue;
      }
    } else {
      skipSpacesAndComment();
    }
    if (pos_ >= text_.size()) {
      if (!openers_.empty()) return reportUnclosedBracket();
      if (lineHasTokens_) {
        lineHasTokens_ = false;
        return {TokenKind::Newline, here(), {}};
      }
      return {TokenKind::EndOfFile, here(), {}};
    }
    if (text_[pos_] == '\\') {  // explicit line joining
      SourceLoc loc = here();
      ++pos_;
      if (!atNewline()) return error(loc, "unexpected character after line continuation character");
      consumeNewline();
      atLineStart_ = false;
      continue;
    }
    if (atNewline()) {
      SourceLoc loc = here();
      consumeNewline();
      if (!openers_.empty()) {
        if (!lineStartsStatement()) continue;  // implicit line joining
        atLineStart_ = true;
        return reportUnclosedBracket();
      }
      atLineStart_ = true;
      if (!lineHasTokens_) continue;
      lineHasTokens_ = false;
      return {TokenKind::Newline, loc, {}};
    }
    Token token = lexToken();
    if (!lineHasTokens_) {
      token.atLineStart = true;
      token.indent = indent_;
      token.altIndent = altIndent_;
    }
    lineHasTokens_ = true;
    atLineStart_ = false;
    return token;
  }
}

Token Lexer::lexToken() {
  size_t begin = pos_;
  SourceLoc loc = here();
  char c = text_[pos_];
  if (identifierCharAt(text_.substr(pos_), true) != 0) return lexName(begin, loc);
  if (isDigit(c) || (c == '.' && pos_ + 1 < text_.size() && isDigit(text_[pos_ + 1]))) {
    return lexNumber(begin, loc);
  }
  if (c == '\'' || c == '"') return lexString(begin, loc);
  if (kShortOperators.find(c) != std::string_view::npos) return lexPunctuation(begin, loc);
  return lexInvalidCharacter(loc);
}

// name: xid_start xid_continue*   (PEP 3131; '_' and ASCII letters are XID_Start)
// The name every later stage sees is its NFKC form; diagnostics quote the text as written.
Token Lexer::lexName(size_t begin, SourceLoc loc) {
  // The first character is a start character (lexToken checked it), and XID_Start is part of
  // XID_Continue: every character is checked as a continuation.
  bool ascii = true;
  while (pos_ < text_.size()) {
    if (isNameChar(text_[pos_])) {
      ++pos_;
      continue;
    }
    size_t length = identifierCharAt(text_.substr(pos_), false);
    if (length == 0) break;
    ascii = false;
    pos_ += length;
  }
  // CPython's tokenizer takes every non-ASCII character into the identifier, then reports the
  // first that is not XID: so does this lexer, so that `x€ = 1` is one error.
  if (pos_ < text_.size() && static_cast<unsigned char>(text_[pos_]) >= 0x80) {
    return lexInvalidCharacter(loc);
  }
  std::string_view text = text_.substr(begin, pos_ - begin);
  if (pos_ < text_.size() && (text_[pos_] == '\'' || text_[pos_] == '"') && isStringPrefix(text)) {
    return lexString(begin, loc);
  }
  Token token{TokenKind::Name, loc, text};
  token.name = text;
  if (ascii) return token;
  std::string name = normalizeIdentifier(text);
  if (isPythonKeyword(name)) {
    return error(loc, fmt::format("'{}' is the keyword '{}' after NFKC normalization; battc does "
                                  "not accept it as a name",
                                  text, name));
  }
  if (name != text) token.name = file_.keep(std::move(name));
  return token;
}

// Only decimal integers (with CPython's rules for '_' and leading zeros) are part of arc-dsl;
// anything else that starts like a number is consumed as one token and reported.
Token Lexer::lexNumber(size_t begin, SourceLoc loc) {
  while (pos_ < text_.size() && (isNameChar(text_[pos_]) || text_[pos_] == '.')) ++pos_;
  std::string_view literal = text_.substr(begin, pos_ - begin);
  bool decimal = true;
  bool nonZero = false;
  for (size_t i = 0; i < literal.size(); ++i) {
    char c = literal[i];
    bool underscore = c == '_' && i > 0 && i + 1 < literal.size() && isDigit(literal[i - 1]) &&
                      isDigit(literal[i + 1]);
    if (!isDigit(c) && !underscore) decimal = false;
    if (c >= '1' && c <= '9') nonZero = true;
  }
  if (!decimal) {
    return error(
        loc,
        fmt::format("unsupported number literal '{}'; only decimal integers are allowed", literal));
  }
  if (literal[0] == '0' && nonZero) {
    return error(loc,
                 "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                 "for octal integers");
  }
  int64_t value = 0;
  for (char c : literal) {
    if (c == '_') continue;
    if (value > (std::numeric_limits<int64_t>::max() - (c - '0')) / 10) {
      return error(loc, fmt::format("integer literal '{}' does not fit in 64 bits", literal));
    }
    value = value * 10 + (c - '0');
  }
  Token token{TokenKind::Integer, loc, literal};
  token.value = value;
  return token;
}

// string: prefix? (quote ... quote | triple-quote ... triple-quote), with backslash escapes
Token Lexer::lexString(size_t begin, SourceLoc loc) {
  char quote = text_[pos_];
  std::string delimiter(text_.substr(pos_, 3) == std::string(3, quote) ? 3 : 1, quote);
  pos_ += delimiter.size();
  bool triple = delimiter.size() == 3;
  for (;;) {
    if (pos_ >= text_.size() || (!triple && atNewline())) {
      return error(loc, fmt::format("unterminated {}string literal (detected at line {})",
                                    triple ? "triple-quoted " : "", line_));
    }
    if (text_[pos_] == '\\') {
      ++pos_;
      if (atNewline()) {
        consumeNewline();
      } else if (pos_ < text_.size()) {
        ++pos_;
      }
    } else if (atNewline()) {
      consumeNewline();
    } else if (text_.substr(pos_).starts_with(delimiter)) {
      pos_ += delimiter.size();
      return {TokenKind::String, loc, text_.substr(begin, pos_ - begin)};
    } else {
      ++pos_;
    }
  }
}

Token Lexer::lexPunctuation(size_t begin, SourceLoc loc) {
  // Every long operator has one of these as its second character.
  if (pos_ + 1 < text_.size() &&
      std::string_view("*/<>.=").find(text_[pos_ + 1]) != std::string_view::npos) {
    for (std::string_view op : kLongOperators) {
      if (text_.substr(pos_).starts_with(op)) {
        pos_ += op.size();
        return {TokenKind::Operator, loc, op};
      }
    }
  }
  char c = text_[pos_++];
  std::string_view text = text_.substr(begin, 1);
  switch (c) {
    case '(':
    case '[':
    case '{':
      openers_.push_back({c, loc});
      return {c == '(' ? TokenKind::LParen : TokenKind::Operator, loc, text};
    case ')':
    case ']':
    case '}': {
      if (openers_.empty()) return error(loc, fmt::format("unmatched '{}'", c));
      Opener opener = openers_.back();
      openers_.pop_back();
      if (closerOf(opener.bracket) != c) {
        std::string where =
            opener.loc.line == loc.line ? "" : fmt::format(" on line {}", opener.loc.line);
        return error(loc, fmt::format("closing parenthesis '{}' does not match opening "
                                      "parenthesis '{}'{}",
                                      c, opener.bracket, where));
      }
      return {c == ')' ? TokenKind::RParen : TokenKind::Operator, loc, text};
    }
    case ',':
      return {TokenKind::Comma, loc, text};
    case ':':
      return {TokenKind::Colon, loc, text};
    case ';':
      return {TokenKind::Semicolon, loc, text};
    case '=':
      return {TokenKind::Equal, loc, text};
    case '-':
      return {TokenKind::Minus, loc, text};
    case '*':
      return {TokenKind::Star, loc, text};
    case '.':
      return {TokenKind::Dot, loc, text};
    default:
      return {TokenKind::Operator, loc, text};
  }
}

// A character that cannot start a token, or a non-ASCII character in an identifier that is not
// XID_Continue. As CPython's tokenizer does, the rest of the identifier-like run (ASCII letters,
// digits, '_' and any non-ASCII character) is consumed with it.
Token Lexer::lexInvalidCharacter(SourceLoc identifierLoc) {
  SourceLoc loc = here();
  bool inIdentifier = static_cast<unsigned char>(text_[pos_]) >= 0x80 || loc != identifierLoc;
  auto [cp, length] = decodeUtf8(text_.substr(pos_));
  std::string_view character = text_.substr(pos_, length);
  pos_ += length;
  while (inIdentifier && pos_ < text_.size() &&
         (isNameChar(text_[pos_]) || static_cast<unsigned char>(text_[pos_]) >= 0x80)) {
    ++pos_;
  }
  if (!isPrintable(cp)) {
    return error(
        loc, fmt::format("invalid non-printable character U+{:04X}", static_cast<uint32_t>(cp)));
  }
  return error(
      loc, fmt::format("invalid character '{}' (U+{:04X})", character, static_cast<uint32_t>(cp)));
}

}  // namespace batt::frontend
