// Depth-first traversal of the DAG without recursion (a solver may be thousands of lines deep).
#pragma once

#include <utility>
#include <vector>

#include "ir/Node.h"

namespace batt::ir {

// Calls visit(node) for each node reachable from `root`, operands before their users (so the
// visits form a topological order). `enter(node)` is asked once per edge and the node is entered
// only if it returns true: it both filters and marks ("not seen before; now seen").
template <typename Enter, typename Visit>
void postOrder(const Node* root, Enter&& enter, Visit&& visit) {
  if (!enter(root)) return;
  std::vector<std::pair<const Node*, size_t>> stack{{root, 0}};
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    if (next < node->operands().size()) {
      const Node* operand = node->operands()[next++];
      if (enter(operand)) stack.emplace_back(operand, 0);
    } else {
      visit(node);
      stack.pop_back();
    }
  }
}

// A set of nodes of one Context, indexed by id.
class NodeSet {
 public:
  // True if `node` was not in the set (and is now).
  bool insert(const Node* node) {
    if (node->id() >= bits_.size()) bits_.resize(node->id() + 1 + node->id() / 2);
    if (bits_[node->id()]) return false;
    bits_[node->id()] = true;
    return true;
  }
  bool contains(const Node* node) const { return node->id() < bits_.size() && bits_[node->id()]; }

 private:
  std::vector<bool> bits_;
};

}  // namespace batt::ir
