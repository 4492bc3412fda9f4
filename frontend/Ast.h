// The AST of solver files. Names are views into the SourceFile's text.
//
// The parser builds the syntax; resolveFunction() (Resolve.h) fills in each Name's Binding.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "frontend/Source.h"

namespace batt::frontend {

// What a name refers to.
struct Binding {
  enum class Kind : uint8_t {
    Unresolved,
    Parameter,  // index: position in the parameter list
    Local,      // index: the assignment in Function::body that defines it
    Primitive,  // index: PrimitiveId
    Constant,   // index: position in constants()
    Unknown,    // a name nobody defines: NameError when the line runs
    Unbound,    // a local read before its first assignment: UnboundLocalError when the line runs
  };
  Kind kind = Kind::Unresolved;
  uint32_t index = 0;
};

enum class ExprKind : uint8_t { Name, Integer, Bool, Tuple, Call, None };

struct Expr {
  Expr() = default;
  Expr(ExprKind kind, SourceLoc loc) : kind(kind), loc(loc) {}

  ExprKind kind = ExprKind::Name;
  SourceLoc loc;
  std::string_view name;       // Name
  int64_t value = 0;           // Integer; Bool (0 or 1, from the keywords True and False)
  std::vector<Expr> operands;  // Tuple: the elements (any expressions); Call: the callee, then
                               // the arguments
  Binding binding;             // Name, once resolved

  const Expr& callee() const { return operands.front(); }
  std::span<const Expr> arguments() const { return std::span(operands).subspan(1); }
};

// An annotation (`I: Grid`, `-> Grid`, `x1: Integer = ...`): its text, and the names CPython
// looks up when it evaluates it (not those after a '.', nor inside strings).
struct Annotation {
  std::string_view text;  // empty: no annotation
  SourceLoc loc;
  std::vector<Expr> names;  // Name expressions
};

struct Parameter {
  std::string_view name;
  SourceLoc loc;
  Annotation annotation;
};

// target = value, or `target: annotation [= value]`. Without a value (`x: int`, or any
// assignment after the return) the statement only makes the name local to the function, as in
// CPython; it never binds it.
struct Assignment {
  std::string_view target;
  SourceLoc loc;
  Expr value;
  bool hasValue = true;
  Annotation annotation;  // not evaluated: CPython does not evaluate a local's annotation
};

struct Function {
  std::string_view name;      // NFKC-normalized, as every later stage uses it
  std::string_view spelling;  // as written (differs from `name` only for some non-ASCII names)
  SourceLoc loc;  // of the name
  std::vector<Parameter> params;
  Annotation returns;
  SourceLoc docstring;  // file == kNoFile: no docstring
  std::vector<Assignment> body;
  SourceLoc returnLoc;  // of the `return` keyword; file == kNoFile: no return (returns None)
  Expr result;          // the returned expression (None for a bare `return` or none)
};

// `import a.b` or `from a.b import *` / `from a.b import x, y` (accepted and ignored).
struct Import {
  std::string_view module;
  SourceLoc loc;
};

// The names the imports seen so far bind at module level, for checking annotations: `import a.b`
// binds `a`, `from m import x as y` binds `y`. A star import of a module other than arc-dsl's may
// bind anything (`anything`).
struct ImportedNames {
  std::vector<std::string_view> names;
  bool anything = false;
};

// Kept only when the AST is printed (--emit=ast); otherwise each Function is dropped as soon as
// it has been lowered to the IR.
struct Module {
  FileId file;
  std::vector<Import> imports;
  std::vector<Function> functions;
};

}  // namespace batt::frontend
