// --emit=ast: the AST as an indented tree, one node per line with its <line:col> and, for names,
// what they were resolved to.
#pragma once

#include <iosfwd>

#include "frontend/Ast.h"

namespace batt::frontend {

void printModule(std::ostream& out, const Module& module, const SourceManager& sources);

}  // namespace batt::frontend
