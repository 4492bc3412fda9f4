// How the fused DAG is split into shards, the units that are compiled in parallel and cached.
//
// A unique solver belongs to shard (body hash mod shard count), so its shard does not depend on
// the other solvers. A call node is evaluated once, by the lowest-numbered shard among those of
// the solvers using it; its operands are used by all of those solvers too, so they belong to that
// shard or an earlier one, and running the shards in order evaluates every node after its
// operands. Within a shard the nodes are ordered by the shard's own solvers alone (depth first
// from their roots, by body hash), so changing a solver rewrites its own shard and, only when
// that changes which shard evaluates a shared node, the shards that node moves between.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "runtime/program.h"

namespace batt::codegen {

struct ShardPlan {
  // Per shard, in the order the shards run: the call nodes it evaluates, each after its operands.
  std::vector<std::vector<uint32_t>> nodes;
};

// unique_hash[u]: the body hash of unique solver u (program.roots[u]).
ShardPlan plan_shards(const rt::Program& program, std::span<const uint64_t> unique_hash,
                      uint32_t shard_count);

// The shard count for `unique` solvers: a power of two, so that the shard of a solver only
// changes when the count crosses a power of two.
uint32_t default_shard_count(size_t unique);

}  // namespace batt::codegen
