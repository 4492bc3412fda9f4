// A solver after inlining: its whole body is one root node.
#pragma once

#include <string_view>
#include <vector>

#include "frontend/Source.h"
#include "ir/Hash.h"
#include "ir/Node.h"

namespace batt::ir {

// An assignment of the solver's source and the node of its value. After normalization that node
// may no longer be part of the body: `f = vmirror; O = f(I)` becomes vmirror(I), without the
// node of `f`.
struct Definition {
  std::string_view variable;
  frontend::SourceLoc loc;
  const Node* node;
};

struct Solver {
  std::string_view name;  // views into the source text (the Program's SourceManager)
  frontend::SourceLoc loc;
  std::vector<std::string_view> params;
  // The body: an Op::Seq of the lines that can raise, in program order, then `result`; or
  // `result` itself when no other line can raise.
  const Node* root = nullptr;
  std::vector<Definition> definitions;  // the assignments that run, in source order
  const Node* result = nullptr;         // the returned value

  // The structural body hash: the root's structure and the number of parameters (a one-parameter
  // and a two-parameter solver never share a body), independent of names and node numbering.
  uint64_t bodyHash() const { return hashCombine(root->hash(), params.size()); }
};

}  // namespace batt::ir
