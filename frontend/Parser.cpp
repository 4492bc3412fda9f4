#include "frontend/Parser.h"

#include <array>
#include <vector>

#include <fmt/format.h>

namespace batt::frontend {

namespace {

// Deeper nesting is rejected rather than risking the C++ stack (CPython stops at 200).
constexpr uint32_t kMaxNesting = 100;

std::string describe(const Token& token) {
  switch (token.kind) {
    case TokenKind::Newline:
      return "end of line";
    case TokenKind::EndOfFile:
      return "end of file";
    case TokenKind::String:
      return "a string literal";
    case TokenKind::Name:
      if (isPythonKeyword(token.text)) return fmt::format("keyword '{}'", token.text);
      return fmt::format("'{}'", token.text);
    default:
      return fmt::format("'{}'", token.text);
  }
}

bool isAugmentedAssignment(std::string_view op) {
  return op.size() >= 2 && op.back() == '=' && op != "==" && op != "!=" && op != "<=" && op != ">=";
}

// Keywords that begin an expression rather than a statement.
bool startsExpression(std::string_view keyword) {
  return keyword == "True" || keyword == "False" || keyword == "None" || keyword == "not" ||
         keyword == "lambda" || keyword == "await" || keyword == "yield";
}

// A view from the start of `first` to the end of `last` (both views into the same source text).
std::string_view spanOf(const Token& first, const Token& last) {
  return {first.text.data(),
          static_cast<size_t>(last.text.data() + last.text.size() - first.text.data())};
}

}  // namespace

bool isPythonKeyword(std::string_view name) {
  static constexpr std::string_view kKeywords[] = {
      "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
      "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
      "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
      "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
  // Called on every name, so the keywords are bucketed by their first character.
  static const auto byFirst = [] {
    std::array<std::vector<std::string_view>, 128> buckets;
    for (std::string_view keyword : kKeywords) buckets[keyword[0]].push_back(keyword);
    return buckets;
  }();
  if (name.empty() || static_cast<unsigned char>(name[0]) >= byFirst.size()) return false;
  for (std::string_view keyword : byFirst[name[0]]) {
    if (keyword == name) return true;
  }
  return false;
}

Parser::Parser(const SourceFile& file, FileId id, DiagnosticEngine& diags)
    : lexer_(file, id, diags), diags_(diags) {}

const Token& Parser::peek(size_t ahead) {
  while (buffered_ <= ahead) lookahead_[buffered_++] = lexer_.next();
  return lookahead_[ahead];
}

Token Parser::take() {
  Token token = peek();
  if (token.kind == TokenKind::Error) throw SyntaxError{};  // already reported by the lexer
  lookahead_[0] = lookahead_[1];
  --buffered_;
  ++taken_;
  return token;
}

bool Parser::atKeyword(std::string_view keyword) {
  return peek().kind == TokenKind::Name && peek().text == keyword;
}

void Parser::fail(SourceLoc loc, std::string message) {
  diags_.error(loc, std::move(message));
  throw SyntaxError{};
}

void Parser::failUnexpected(const Token& token, std::string_view expected) {
  if (token.kind == TokenKind::Error) throw SyntaxError{};
  fail(token.loc, fmt::format("expected {}, found {}", expected, describe(token)));
}

Token Parser::expect(TokenKind kind, std::string_view what) {
  if (peek().kind != kind) failUnexpected(peek(), what);
  return take();
}

Token Parser::expectName(std::string_view what) {
  if (peek().kind != TokenKind::Name || isPythonKeyword(peek().text)) failUnexpected(peek(), what);
  return take();
}

// Skips the rest of a malformed item: up to the next line that starts in column 1.
void Parser::skipItem(uint64_t firstToken) {
  for (;;) {
    const Token& token = peek();
    if (token.kind == TokenKind::EndOfFile) return;
    if (token.atLineStart && token.indent == 0 && token.altIndent == 0 && taken_ > firstToken) {
      return;
    }
    lookahead_[0] = lookahead_[1];
    --buffered_;
    ++taken_;
  }
}

// item: import_statement | funcdef | docstring NEWLINE  (a docstring only as the first item)
std::optional<Function> Parser::nextFunction() {
  for (;;) {
    const Token& token = peek();
    if (token.kind == TokenKind::EndOfFile) return std::nullopt;
    uint64_t firstToken = taken_;
    bool isDefinition = atKeyword("def");
    std::string_view name = isDefinition && peek(1).kind == TokenKind::Name ? peek(1).name : "";
    bool firstItem = firstItem_;
    firstItem_ = false;
    depth_ = 0;
    try {
      const Token& start = peek();
      if (start.atLineStart && (start.indent != 0 || start.altIndent != 0)) {
        fail(start.loc, "unexpected indent");
      }
      if (isDefinition) return parseFunction();
      if (atKeyword("from") || atKeyword("import")) {
        parseImport();
      } else if (start.kind == TokenKind::String && firstItem) {
        parseModuleDocstring();
      } else if (start.kind == TokenKind::Error) {
        take();
      } else {
        fail(start.loc, "only imports and function definitions are allowed at module level");
      }
    } catch (const SyntaxError&) {
      if (isDefinition) skipped_.push_back(name);
      skipItem(firstToken);
    }
  }
}

// import_statement: 'import' dotted_name ['as' NAME] (',' dotted_name ['as' NAME])* NEWLINE
//                 | 'from' '.'* [dotted_name] 'import' ('*' | import_names) NEWLINE
// import_names:     '(' NAME ['as' NAME] (',' NAME ['as' NAME])* [','] ')'
//                 | NAME ['as' NAME] (',' NAME ['as' NAME])*
// dotted_name:      NAME ('.' NAME)*
void Parser::parseImport() {
  auto dottedName = [&] {
    Token first = expectName("a module name");
    Token last = first;
    while (peek().kind == TokenKind::Dot) {
      take();
      last = expectName("a module name after '.'");
    }
    return Import{spanOf(first, last), first.loc};
  };
  // The name `import x.y [as z]` or `from m import x [as z]` binds: z if given, else `bound`.
  auto optionalAlias = [&](std::string_view bound) {
    if (atKeyword("as")) {
      take();
      bound = expectName("a name after 'as'").name;
    }
    importedNames_.names.push_back(bound);
  };
  Token keyword = take();
  if (keyword.text == "import") {
    for (;;) {
      Import import = dottedName();
      imports_.push_back(import);
      optionalAlias(import.module.substr(0, import.module.find('.')));
      if (peek().kind != TokenKind::Comma) break;
      take();
    }
  } else {
    Token first = peek();
    bool relative = false;
    while (peek().kind == TokenKind::Dot ||
           (peek().kind == TokenKind::Operator && peek().text == "...")) {
      take();
      relative = true;
    }
    Import import{first.text, first.loc};
    if (!relative || !atKeyword("import")) import = dottedName();
    if (!atKeyword("import")) failUnexpected(peek(), "'import'");
    take();
    if (peek().kind == TokenKind::Star) {
      take();
      // arc-dsl's own modules bind what every solver already sees; any other may bind anything.
      if (import.module != "dsl" && import.module != "constants" && import.module != "arc_types")
        importedNames_.anything = true;
    } else {
      bool parenthesized = peek().kind == TokenKind::LParen;
      if (parenthesized) take();
      for (;;) {
        optionalAlias(expectName("a name to import").name);
        if (peek().kind != TokenKind::Comma) break;
        take();
        if (parenthesized && peek().kind == TokenKind::RParen) break;
      }
      if (parenthesized) expect(TokenKind::RParen, "')'");
    }
    imports_.push_back(import);
  }
  expect(TokenKind::Newline, "end of line after the import");
}

// docstring: STRING+ NEWLINE
void Parser::parseModuleDocstring() {
  while (peek().kind == TokenKind::String) take();
  expect(TokenKind::Newline, "end of line after the docstring");
}

// funcdef: 'def' NAME '(' [parameters] ')' ':' block
Function Parser::parseFunction() {
  Token def = take();
  warnedUnreachable_ = false;
  Function fn;
  Token name = expectName("a function name after 'def'");
  fn.name = name.name;
  fn.spelling = name.text;
  fn.loc = name.loc;
  expect(TokenKind::LParen, "'(' after the function name");
  parseParameters(fn);
  if (peek().kind == TokenKind::Operator && peek().text == "->") {
    take();
    fn.returns = parseAnnotation("a return annotation after '->'");
  }
  expect(TokenKind::Colon, "':' after the parameter list");
  parseBlock(fn, def);
  return fn;
}

// parameters: NAME (',' NAME)* [','] ')'
void Parser::parseParameters(Function& fn) {
  while (peek().kind != TokenKind::RParen) {
    const Token& token = peek();
    if (token.kind == TokenKind::Star ||
        (token.kind == TokenKind::Operator && token.text == "**")) {
      fail(token.loc, "variadic parameters are not supported");
    }
    if (token.kind == TokenKind::Operator && token.text == "/") {
      fail(token.loc, "positional-only parameter markers are not supported");
    }
    Token param = expectName("a parameter name");
    Annotation annotation;
    if (peek().kind == TokenKind::Colon) {
      take();
      annotation = parseAnnotation("an annotation after ':'");
    }
    if (peek().kind == TokenKind::Equal) {
      fail(peek().loc, "default parameter values are not supported");
    }
    fn.params.push_back({param.name, param.loc, std::move(annotation)});
    if (peek().kind == TokenKind::Comma) {
      take();
    } else if (peek().kind != TokenKind::RParen) {
      failUnexpected(peek(), "',' or ')' in the parameter list");
    }
  }
  take();
}

// block: NEWLINE statement_line+  (every line indented alike, deeper than the 'def')
//      | statement_line            (on the line of the 'def')
void Parser::parseBlock(Function& fn, const Token& defToken) {
  if (peek().kind != TokenKind::Newline) {
    parseStatementLine(fn, /*first=*/true);
  } else {
    take();
    const Token& first = peek();
    if (first.kind == TokenKind::EndOfFile || (first.indent == 0 && first.altIndent == 0)) {
      SourceLoc loc = first.loc;
      // An unindented body line belongs to this error; a new top-level item does not.
      if (first.kind != TokenKind::EndOfFile && !atKeyword("def") && !atKeyword("from") &&
          !atKeyword("import")) {
        take();
      }
      fail(loc, fmt::format("expected an indented block after function definition on line {}",
                            defToken.loc.line));
    }
    const uint32_t indent = first.indent;
    const uint32_t altIndent = first.altIndent;
    for (bool firstLine = true;; firstLine = false) {
      const Token& line = peek();
      if (line.kind == TokenKind::EndOfFile || (line.indent == 0 && line.altIndent == 0)) break;
      if ((line.indent == indent) != (line.altIndent == altIndent) ||
          (line.indent < indent) != (line.altIndent < altIndent)) {
        fail(line.loc, "inconsistent use of tabs and spaces in indentation");
      }
      if (line.indent > indent) fail(line.loc, "unexpected indent");
      if (line.indent < indent) {
        fail(line.loc, "unindent does not match any outer indentation level");
      }
      parseStatementLine(fn, firstLine);
    }
  }
  if (fn.returnLoc.file == kNoFile) {
    diags_.warning(fn.loc, fmt::format("function '{}' has no return statement; it returns None",
                                       fn.name));
    fn.result = Expr{ExprKind::None, fn.loc};
  }
}

// statement_line: simple_statement (';' simple_statement)* [';'] NEWLINE
void Parser::parseStatementLine(Function& fn, bool first) {
  parseSimpleStatement(fn, first);
  while (peek().kind == TokenKind::Semicolon) {
    take();
    if (peek().kind == TokenKind::Newline) break;
    parseSimpleStatement(fn, false);
  }
  expect(TokenKind::Newline, "end of line");
}

// simple_statement: assignment | return_statement | docstring  (a docstring only first)
void Parser::parseSimpleStatement(Function& fn, bool first) {
  const Token& token = peek();
  if (fn.returnLoc.file != kNoFile && !warnedUnreachable_) {
    diags_.warning(token.loc, "code after 'return' never runs",
                   {{fn.returnLoc, "the solver returns here"}});
    warnedUnreachable_ = true;
  }
  if (token.kind == TokenKind::String && first) {
    fn.docstring = token.loc;
    while (peek().kind == TokenKind::String) take();
    return;
  }
  if (token.kind == TokenKind::Name) {
    const Token& next = peek(1);
    if (token.text == "return") return parseReturn(fn);
    if (isPythonKeyword(token.text)) {
      if (next.kind == TokenKind::Equal) {
        fail(token.loc, fmt::format("cannot assign to '{}'", token.text));
      }
      if (!startsExpression(token.text)) failUnsupportedStatement(token);
    }
    if (next.kind == TokenKind::Equal) return parseAssignment(fn);
    if (next.kind == TokenKind::Comma) {
      fail(token.loc, "tuple unpacking is not supported; assign one variable per line");
    }
    if (next.kind == TokenKind::Colon) return parseAnnotatedAssignment(fn);
    if (next.kind == TokenKind::Operator && isAugmentedAssignment(next.text)) {
      fail(next.loc, fmt::format("augmented assignment '{}' is not supported", next.text));
    }
  }
  Expr discarded = parseExpr();
  if (peek().kind == TokenKind::Equal) {
    fail(peek().loc, "cannot assign to an expression; the target must be a variable name");
  }
  fail(discarded.loc,
       "expression statement: its value would be discarded; assign it to a variable");
}

void Parser::failUnsupportedStatement(const Token& token) {
  std::string_view keyword = token.text;
  if (keyword == "def") fail(token.loc, "nested function definitions are not supported");
  if (keyword == "class") fail(token.loc, "class definitions are not supported");
  if (keyword == "import" || keyword == "from") {
    fail(token.loc, "imports inside functions are not supported");
  }
  fail(token.loc, fmt::format("'{}' statements are not supported; a solver is a sequence of "
                              "assignments ending with a return",
                              keyword));
}

// return_statement: 'return' [expr_list]
// Only the first return runs; a later one is parsed and ignored (its names are only looked up).
void Parser::parseReturn(Function& fn) {
  Token keyword = take();
  Expr result{ExprKind::None, keyword.loc};
  if (peek().kind == TokenKind::Newline || peek().kind == TokenKind::Semicolon) {
    diags_.warning(keyword.loc, "'return' without a value returns None");
  } else {
    result = parseExprList();
  }
  if (fn.returnLoc.file != kNoFile) return;
  fn.result = std::move(result);
  fn.returnLoc = keyword.loc;
}

// assignment: NAME '=' expr_list
// After the return the assignment never runs, but still makes its target local (as in CPython).
void Parser::parseAssignment(Function& fn) {
  Token target = take();
  take();
  Expr value = parseExprList();
  if (peek().kind == TokenKind::Equal) {
    fail(peek().loc, "chained assignment is not supported; assign one variable per line");
  }
  bool runs = fn.returnLoc.file == kNoFile;
  fn.body.push_back({target.name, target.loc, std::move(value), runs, {}});
}

// annotated_assignment: NAME ':' annotation ['=' expr_list]
// CPython does not evaluate the annotation of a local variable; without a value the statement
// only makes the name local.
void Parser::parseAnnotatedAssignment(Function& fn) {
  Token target = take();
  take();
  Annotation annotation = parseAnnotation("an annotation after ':'");
  Expr value{ExprKind::None, target.loc};
  bool hasValue = false;
  if (peek().kind == TokenKind::Equal) {
    take();
    value = parseExprList();
    hasValue = fn.returnLoc.file == kNoFile;
    if (peek().kind == TokenKind::Equal) {
      fail(peek().loc, "chained assignment is not supported; assign one variable per line");
    }
  }
  fn.body.push_back({target.name, target.loc, std::move(value), hasValue, std::move(annotation)});
}

// annotation: any expression, up to a ',', ')', '=', ':' or the end of the line outside brackets.
// Only its names are kept: CPython looks them up when it defines the function.
Annotation Parser::parseAnnotation(std::string_view what) {
  Annotation annotation;
  const Token first = peek();
  Token last = first;
  uint32_t depth = 0;
  bool afterDot = false;
  bool empty = true;
  for (;;) {
    const Token& token = peek();
    bool opens = token.kind == TokenKind::LParen ||
                 (token.kind == TokenKind::Operator && (token.text == "[" || token.text == "{"));
    bool closes = token.kind == TokenKind::RParen ||
                  (token.kind == TokenKind::Operator && (token.text == "]" || token.text == "}"));
    if (token.kind == TokenKind::Newline || token.kind == TokenKind::EndOfFile ||
        token.kind == TokenKind::Error) {
      break;
    }
    if (depth == 0 && (closes || token.kind == TokenKind::Comma ||
                       token.kind == TokenKind::Equal || token.kind == TokenKind::Colon ||
                       token.kind == TokenKind::Semicolon)) {
      break;
    }
    if (opens) ++depth;
    if (closes) --depth;
    if (token.kind == TokenKind::Name && !afterDot && !isPythonKeyword(token.text)) {
      Expr name{ExprKind::Name, token.loc};
      name.name = token.name;
      annotation.names.push_back(std::move(name));
    }
    afterDot = token.kind == TokenKind::Dot;
    last = take();
    empty = false;
  }
  if (empty) failUnexpected(peek(), what);
  annotation.text = spanOf(first, last);
  annotation.loc = first.loc;
  return annotation;
}

// expr_list: expr (',' expr)* [',']   -- more than one, or a trailing comma, make a tuple
Expr Parser::parseExprList() {
  Expr first = parseExpr();
  if (peek().kind != TokenKind::Comma) return first;
  Expr tuple{ExprKind::Tuple, first.loc};
  tuple.operands.push_back(std::move(first));
  while (peek().kind == TokenKind::Comma) {
    take();
    if (peek().kind == TokenKind::Newline || peek().kind == TokenKind::Semicolon ||
        peek().kind == TokenKind::Equal) {
      break;
    }
    tuple.operands.push_back(parseExpr());
  }
  return tuple;
}

// expr: '-' INTEGER | primary
Expr Parser::parseExpr() {
  if (++depth_ > kMaxNesting) {
    fail(peek().loc, fmt::format("expression nested too deeply (the limit is {})", kMaxNesting));
  }
  Expr expr;
  if (peek().kind == TokenKind::Minus) {
    Token minus = take();
    if (peek().kind != TokenKind::Integer) {
      fail(minus.loc, "unary '-' is only supported directly before an integer literal");
    }
    expr = Expr{ExprKind::Integer, minus.loc};
    expr.value = -take().value;
  } else {
    expr = parsePrimary();
  }
  rejectTrailingOperator();
  --depth_;
  return expr;
}

// Names the construct when an expression is followed by an operator Python has and arc-dsl lacks.
void Parser::rejectTrailingOperator() {
  const Token& token = peek();
  switch (token.kind) {
    case TokenKind::Operator:
      if (token.text == "[") fail(token.loc, "subscripts are not supported");
      if (isAugmentedAssignment(token.text)) return;  // left to the statement parser
      [[fallthrough]];
    case TokenKind::Minus:
    case TokenKind::Star:
      fail(token.loc, fmt::format("operator '{}' is not supported; arc-dsl has primitives for "
                                  "arithmetic and comparison (add, equality, ...)",
                                  token.text));
    case TokenKind::Dot:
      fail(token.loc, "attribute access is not supported");
    case TokenKind::Name:
      if (token.text == "if") {
        fail(token.loc, "conditional expressions are not supported; use branch()");
      }
      if (token.text == "for" || token.text == "async") {
        fail(token.loc, "comprehensions are not supported");
      }
      if (token.text == "and" || token.text == "or" || token.text == "in" || token.text == "is" ||
          token.text == "not") {
        fail(token.loc, fmt::format("operator '{}' is not supported", token.text));
      }
      return;
    default:
      return;
  }
}

// primary: atom ('(' arguments ')')*
Expr Parser::parsePrimary() {
  Expr expr = parseAtom();
  uint32_t calls = 0;
  while (peek().kind == TokenKind::LParen) {
    if (depth_ + ++calls > kMaxNesting) {
      fail(peek().loc, fmt::format("expression nested too deeply (the limit is {})", kMaxNesting));
    }
    Expr call{ExprKind::Call, expr.loc};
    call.operands.push_back(std::move(expr));
    parseArguments(call);
    expr = std::move(call);
  }
  return expr;
}

// atom: NAME | INTEGER | 'True' | 'False' | '(' ... ')'
Expr Parser::parseAtom() {
  const Token& token = peek();
  switch (token.kind) {
    case TokenKind::Name: {
      if (token.text == "True" || token.text == "False") {
        Expr literal{ExprKind::Bool, token.loc};
        literal.value = token.text == "True";
        take();
        return literal;
      }
      if (token.text == "None") {
        Expr literal{ExprKind::None, token.loc};
        take();
        return literal;
      }
      if (token.text == "lambda") fail(token.loc, "lambda expressions are not supported");
      if (token.text == "not") fail(token.loc, "operator 'not' is not supported");
      if (isPythonKeyword(token.text)) failUnexpected(token, "an expression");
      Expr name{ExprKind::Name, token.loc};
      name.name = token.name;
      take();
      return name;
    }
    case TokenKind::Integer: {
      Expr literal{ExprKind::Integer, token.loc};
      literal.value = token.value;
      take();
      return literal;
    }
    case TokenKind::LParen:
      return parseParenthesized();
    case TokenKind::String:
      fail(token.loc, "string literals are not supported; a string may only be a docstring");
    case TokenKind::Operator:
      if (token.text == "[") fail(token.loc, "list displays are not supported; use a tuple");
      if (token.text == "{") fail(token.loc, "set and dict displays are not supported");
      [[fallthrough]];
    default:
      failUnexpected(token, "an expression");
  }
}

// parenthesized: '(' ')' | '(' expr ')' | '(' expr ',' [expr (',' expr)* [',']] ')'
Expr Parser::parseParenthesized() {
  Token open = take();
  Expr tuple{ExprKind::Tuple, open.loc};
  if (peek().kind == TokenKind::RParen) {
    take();
    return tuple;
  }
  Expr first = parseExpr();
  if (peek().kind == TokenKind::RParen) {
    take();
    return first;
  }
  tuple.operands.push_back(std::move(first));
  while (peek().kind == TokenKind::Comma) {
    take();
    if (peek().kind == TokenKind::RParen) break;
    tuple.operands.push_back(parseExpr());
  }
  expect(TokenKind::RParen, "',' or ')' in the tuple");
  return tuple;
}

// arguments: [expr (',' expr)* [',']] ')'
void Parser::parseArguments(Expr& call) {
  take();
  while (peek().kind != TokenKind::RParen) {
    const Token& token = peek();
    if (token.kind == TokenKind::Star ||
        (token.kind == TokenKind::Operator && token.text == "**")) {
      fail(token.loc, "starred arguments are not supported");
    }
    if (token.kind == TokenKind::Name && peek(1).kind == TokenKind::Equal) {
      fail(token.loc, "keyword arguments are not supported");
    }
    call.operands.push_back(parseExpr());
    if (peek().kind == TokenKind::Comma) {
      take();
    } else if (peek().kind != TokenKind::RParen) {
      failUnexpected(peek(), "',' or ')' after an argument");
    }
  }
  take();
}

}  // namespace batt::frontend
