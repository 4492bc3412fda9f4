// The parser: recursive descent over the solver-file subset of Python (grammar in docs/language.md;
// each parse function carries its production). Functions are returned one at a time so that a
// large file is never held as a whole AST.
//
// A syntax error is reported and the item it occurs in (a function definition, an import, any
// other top-level statement) is skipped up to the next line that starts in column 1; parsing goes
// on from there.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "frontend/Ast.h"
#include "frontend/Lexer.h"

namespace batt::frontend {

class Parser {
 public:
  Parser(const SourceFile& file, FileId id, DiagnosticEngine& diags);

  // file: item* EOF
  // The next well-formed function definition, or nullopt at the end of the file.
  std::optional<Function> nextFunction();

  // The imports seen so far, and the names they bind.
  const std::vector<Import>& imports() const { return imports_; }
  const ImportedNames& importedNames() const { return importedNames_; }
  // The names of the function definitions skipped so far because of syntax errors.
  const std::vector<std::string_view>& skippedFunctions() const { return skipped_; }

 private:
  struct SyntaxError {};  // unwinds to nextFunction(), which skips the item

  const Token& peek(size_t ahead = 0);
  Token take();
  bool atKeyword(std::string_view keyword);
  Token expect(TokenKind kind, std::string_view what);
  Token expectName(std::string_view what);
  [[noreturn]] void fail(SourceLoc loc, std::string message);
  [[noreturn]] void failUnexpected(const Token& token, std::string_view expected);
  void skipItem(uint64_t firstToken);

  void parseImport();
  void parseModuleDocstring();
  Function parseFunction();
  void parseParameters(Function& fn);
  void parseBlock(Function& fn, const Token& defToken);
  void parseStatementLine(Function& fn, bool first);
  void parseSimpleStatement(Function& fn, bool first);
  void parseReturn(Function& fn);
  void parseAssignment(Function& fn);
  void parseAnnotatedAssignment(Function& fn);
  Annotation parseAnnotation(std::string_view what);
  Expr parseExprList();
  [[noreturn]] void failUnsupportedStatement(const Token& token);
  Expr parseExpr();
  Expr parsePrimary();
  Expr parseAtom();
  Expr parseParenthesized();
  void parseArguments(Expr& call);
  void rejectTrailingOperator();

  Lexer lexer_;
  DiagnosticEngine& diags_;
  std::array<Token, 2> lookahead_;
  size_t buffered_ = 0;
  uint64_t taken_ = 0;  // tokens consumed so far
  bool firstItem_ = true;
  bool warnedUnreachable_ = false;  // "code after 'return'" is said once per function
  uint32_t depth_ = 0;  // expression nesting
  std::vector<Import> imports_;
  ImportedNames importedNames_;
  std::vector<std::string_view> skipped_;
};

// The keywords of Python 3.11; none of them can name a variable.
bool isPythonKeyword(std::string_view name);

}  // namespace batt::frontend
