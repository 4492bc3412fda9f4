// Name resolution and the static checks of solver functions: binds every name to a parameter, an
// earlier assignment, a primitive or a named constant, and reports what CPython would reject or
// what arc-dsl forbids (unknown names, wrong arity, variables used before or assigned twice, ...).
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "frontend/Ast.h"
#include "frontend/Diagnostics.h"

namespace batt::frontend {

// A name declared in a function (a parameter or an assignment target) and its position.
struct Declaration {
  std::string_view name;
  uint32_t index;
};

class Resolver {
 public:
  explicit Resolver(DiagnosticEngine& diags) : diags_(diags) {}

  // Resolves `fn` (in place) and checks it, including against the functions resolved before it
  // (a name defined twice). Returns false, after reporting, if the function must be skipped.
  bool resolve(Function& fn);

 private:
  DiagnosticEngine& diags_;
  std::unordered_map<std::string_view, SourceLoc> functions_;  // every name defined so far
  // The current function's declarations, sorted by (name, index); kept from function to function
  // so that resolving allocates nothing per name.
  std::vector<Declaration> params_;
  std::vector<Declaration> locals_;
};

}  // namespace batt::frontend
