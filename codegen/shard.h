// How the call nodes of the fused DAG are split into shards, the units that are compiled in
// parallel and cached. The split only decides where a node's code is: the program table calls
// the nodes in the fused DAG's order whatever their shards.
//
// A unique solver belongs to shard (body hash mod shard count), which does not depend on the
// other solvers. A call node is in the lowest-numbered shard among those of the solvers using it,
// so a node shared across shards is still evaluated once. Within a shard the nodes are ordered by
// the shard's own solvers alone (depth first from their roots, by body hash), and shard-local
// numbers follow that order; so changing a solver rewrites its own shard and, only when that
// changes the shard of a shared node, the shards that node moves between.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "runtime/program.h"

namespace batt::codegen {

struct ShardPlan {
  // Per shard: its call nodes, each after those of its operands that the shard holds.
  std::vector<std::vector<uint32_t>> nodes;
};

// unique_hash[u]: the body hash of unique solver u (program.roots[u]). Call nodes no solver uses
// are evaluated all the same, as the interpreter does; they go to shard 0.
ShardPlan plan_shards(const rt::Program& program, std::span<const uint64_t> unique_hash,
                      uint32_t shard_count);

// The shard count for `unique` solvers: a power of two, so that the shard of a solver only
// changes when the count crosses a power of two.
uint32_t default_shard_count(size_t unique);

}  // namespace batt::codegen
