// Name resolution and the static checks of solver functions: binds every name to a parameter, the
// assignment in effect where it is read, a primitive or a named constant. What CPython raises at
// run time (an unknown name, a local read before its assignment, a wrong arity, a call of a
// non-function) is a warning, and the name is bound so that the line raises it; what CPython
// rejects when it loads the file (a duplicate parameter, an unknown name in a parameter or return
// annotation) and what battc does not compile (Python builtins) are errors.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/Ast.h"
#include "frontend/Diagnostics.h"

namespace batt::frontend {

class Resolver {
 public:
  explicit Resolver(DiagnosticEngine& diags) : diags_(diags) {}

  // Resolves `fn` (in place) and checks it, including against the functions resolved before it
  // (a name defined twice). Returns false, after reporting, if the function must be skipped.
  // `imports`: the names the file's imports before the function bind.
  bool resolve(Function& fn, const ImportedNames& imports);

  // The names of every function a file defines (at module level), before any is resolved: in
  // CPython a solver may call another one, even one defined further down.
  void setModuleFunctions(std::string_view text);

 private:
  DiagnosticEngine& diags_;
  std::unordered_map<std::string_view, SourceLoc> functions_;  // every name defined so far
  std::unordered_set<std::string_view> moduleFunctions_;
  std::deque<std::string> normalizedNames_;  // the module functions' names that NFKC changes
};

}  // namespace batt::frontend
