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
  };
  Kind kind = Kind::Unresolved;
  uint32_t index = 0;
};

enum class ExprKind : uint8_t { Name, Integer, Bool, Tuple, Call };

struct Expr {
  Expr() = default;
  Expr(ExprKind kind, SourceLoc loc) : kind(kind), loc(loc) {}

  ExprKind kind = ExprKind::Name;
  SourceLoc loc;
  std::string_view name;       // Name
  int64_t value = 0;           // Integer; Bool (0 or 1, from the keywords True and False)
  std::vector<Expr> operands;  // Tuple: the elements; Call: the callee, then the arguments
  Binding binding;             // Name, once resolved

  const Expr& callee() const { return operands.front(); }
  std::span<const Expr> arguments() const { return std::span(operands).subspan(1); }
};

struct Parameter {
  std::string_view name;
  SourceLoc loc;
};

// target = value
struct Assignment {
  std::string_view target;
  SourceLoc loc;
  Expr value;
};

struct Function {
  std::string_view name;
  SourceLoc loc;  // of the name
  std::vector<Parameter> params;
  SourceLoc docstring;  // file == kNoFile: no docstring
  std::vector<Assignment> body;
  SourceLoc returnLoc;  // of the `return` keyword
  Expr result;          // the returned expression
};

// `import a.b` or `from a.b import *` / `from a.b import x, y` (accepted and ignored).
struct Import {
  std::string_view module;
  SourceLoc loc;
};

// Kept only when the AST is printed (--emit=ast); otherwise each Function is dropped as soon as
// it has been lowered to the IR.
struct Module {
  FileId file;
  std::vector<Import> imports;
  std::vector<Function> functions;
};

}  // namespace batt::frontend
