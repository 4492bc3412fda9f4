// Fusion: the nodes of all unique solvers as one DAG, in topological order (operands first), each
// node once however many solvers use it. This is what batt evaluates: an interpreter walks
// `nodes` in order; a solver's result is the value of node `root[solver]`.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "ir/Dedupe.h"
#include "ir/Solver.h"

namespace batt::ir {

struct DagStats {
  size_t nodes = 0;
  size_t calls = 0;        // Call, DynCall and MakeTuple nodes
  size_t bodies = 0;       // Seq nodes: solvers with lines that can raise besides the result
  size_t leaves = 0;       // inputs, constants, primitives used as values
  size_t sharedCalls = 0;  // calls used by two or more unique solvers
  uint32_t maxDepth = 0;   // calls on the longest path from a leaf to a root
};

// The source line a node comes from: the first unique solver (in input order) with a line whose
// value the node is. Nodes that are no line's value (leaves, nested calls) have none.
struct NodeOrigin {
  uint32_t solver = UINT32_MAX;  // index in the solvers; UINT32_MAX: none
  std::string_view variable;
  frontend::SourceLoc loc;
};

struct FusedDag {
  static constexpr uint32_t kAbsent = UINT32_MAX;

  std::vector<const Node*> nodes;   // topological: every node after its operands
  std::vector<uint32_t> users;      // per node: the number of unique solvers whose body holds it
  std::vector<NodeOrigin> origin;   // per node
  std::vector<uint32_t> root;       // per solver (duplicates included): its root's index in nodes
  std::vector<uint32_t> indexById;  // Node::id() -> index in nodes, or kAbsent
  DagStats stats;

  uint32_t indexOf(const Node* node) const {
    return node->id() < indexById.size() ? indexById[node->id()] : kAbsent;
  }
};

FusedDag fuse(std::span<const Solver> solvers, const DuplicateGroups& duplicates);

}  // namespace batt::ir
