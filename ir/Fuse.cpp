#include "ir/Fuse.h"

#include <algorithm>

#include "ir/Walk.h"

namespace batt::ir {

FusedDag fuse(std::span<const Solver> solvers, const DuplicateGroups& duplicates) {
  FusedDag dag;
  NodeSet inDag;
  for (uint32_t s = 0; s < solvers.size(); ++s) {
    if (!duplicates.isUnique(s)) continue;
    postOrder(
        solvers[s].root, [&](const Node* node) { return inDag.insert(node); },
        [&](const Node* node) { dag.nodes.push_back(node); });
  }

  uint32_t maxId = 0;
  for (const Node* node : dag.nodes) maxId = std::max(maxId, node->id());
  dag.indexById.assign(dag.nodes.empty() ? 0 : maxId + 1, FusedDag::kAbsent);
  for (uint32_t i = 0; i < dag.nodes.size(); ++i) dag.indexById[dag.nodes[i]->id()] = i;

  // Each unique solver counts once per node of its body: a walk per solver, marking with the
  // solver's number (linear in the total size of the solvers).
  dag.users.assign(dag.nodes.size(), 0);
  std::vector<uint32_t> lastUser(dag.nodes.size(), FusedDag::kAbsent);
  for (uint32_t s = 0; s < solvers.size(); ++s) {
    if (!duplicates.isUnique(s)) continue;
    postOrder(
        solvers[s].root,
        [&](const Node* node) {
          uint32_t& last = lastUser[dag.indexOf(node)];
          if (last == s) return false;
          last = s;
          return true;
        },
        [&](const Node* node) { ++dag.users[dag.indexOf(node)]; });
  }

  dag.origin.resize(dag.nodes.size());
  for (uint32_t s = 0; s < solvers.size(); ++s) {
    if (!duplicates.isUnique(s)) continue;
    for (const Definition& definition : solvers[s].definitions) {
      uint32_t index = dag.indexOf(definition.node);
      if (index == FusedDag::kAbsent) continue;  // folded into its use by normalization
      NodeOrigin& origin = dag.origin[index];
      if (origin.solver == FusedDag::kAbsent) origin = {s, definition.variable, definition.loc};
    }
  }

  for (const Solver& solver : solvers) dag.root.push_back(dag.indexOf(solver.root));

  std::vector<uint32_t> depth(dag.nodes.size(), 0);
  for (uint32_t i = 0; i < dag.nodes.size(); ++i) {
    const Node* node = dag.nodes[i];
    if (node->op() == Op::Seq) ++dag.stats.bodies;
    if (!node->isEvaluated() || node->op() == Op::Seq) continue;
    uint32_t deepest = 0;
    for (const Node* operand : node->operands()) {
      deepest = std::max(deepest, depth[dag.indexOf(operand)]);
    }
    depth[i] = deepest + 1;
    ++dag.stats.calls;
    if (dag.users[i] >= 2) ++dag.stats.sharedCalls;
    dag.stats.maxDepth = std::max(dag.stats.maxDepth, depth[i]);
  }
  dag.stats.nodes = dag.nodes.size();
  dag.stats.leaves = dag.stats.nodes - dag.stats.calls - dag.stats.bodies;
  return dag;
}

}  // namespace batt::ir
