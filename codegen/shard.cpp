#include "codegen/shard.h"

#include <algorithm>
#include <bit>
#include <numeric>
#include <utility>

namespace batt::codegen {

namespace {

using Op = rt::ProgramNode::Op;

// Measured on the 400 reference solvers (docs/codegen.md): about this many unique solvers per
// shard keep both cores busy on a cold build while a rebuild compiles little.
constexpr size_t kSolversPerShard = 64;

constexpr uint32_t kNoShard = UINT32_MAX;

// Per node: the lowest shard among the solvers that use it (kNoShard when none does).
std::vector<uint32_t> owners(const rt::Program& program, std::span<const uint64_t> unique_hash,
                             uint32_t shard_count) {
  std::vector<uint32_t> owner(program.nodes.size(), kNoShard);
  for (size_t u = 0; u < program.roots.size(); ++u) {
    uint32_t& o = owner[program.roots[u]];
    o = std::min(o, static_cast<uint32_t>(unique_hash[u] % shard_count));
  }
  // Operands come before their users, so a backward sweep sees every user of a node first.
  for (size_t i = program.nodes.size(); i-- > 0;) {
    if (owner[i] == kNoShard) continue;
    for (uint32_t a : program.nodes[i].args) owner[a] = std::min(owner[a], owner[i]);
  }
  return owner;
}

// Appends the call nodes below `root` that `shard` evaluates, operands first.
void post_order(const rt::Program& program, const std::vector<uint32_t>& owner, uint32_t shard,
                uint32_t root, std::vector<bool>& seen, std::vector<uint32_t>& out) {
  auto wanted = [&](uint32_t n) {
    return !seen[n] && owner[n] == shard && rt::is_evaluated(program.nodes[n]);
  };
  if (!wanted(root)) return;
  std::vector<std::pair<uint32_t, size_t>> stack = {{root, 0}};  // node, next operand
  seen[root] = true;
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const std::vector<uint32_t>& args = program.nodes[node].args;
    if (next == args.size()) {
      out.push_back(node);
      stack.pop_back();
      continue;
    }
    uint32_t arg = args[next++];
    if (!wanted(arg)) continue;
    seen[arg] = true;
    stack.push_back({arg, 0});
  }
}

}  // namespace

ShardPlan plan_shards(const rt::Program& program, std::span<const uint64_t> unique_hash,
                      uint32_t shard_count) {
  std::vector<uint32_t> owner = owners(program, unique_hash, shard_count);
  std::vector<uint32_t> by_hash(program.roots.size());
  std::iota(by_hash.begin(), by_hash.end(), 0);
  std::sort(by_hash.begin(), by_hash.end(), [&](uint32_t a, uint32_t b) {
    return std::pair(unique_hash[a], a) < std::pair(unique_hash[b], b);
  });

  ShardPlan plan;
  plan.nodes.resize(shard_count);
  std::vector<bool> seen(program.nodes.size());
  for (uint32_t u : by_hash) {
    uint32_t shard = static_cast<uint32_t>(unique_hash[u] % shard_count);
    post_order(program, owner, shard, program.roots[u], seen, plan.nodes[shard]);
  }
  for (uint32_t n = 0; n < program.nodes.size(); ++n) {
    if (owner[n] == kNoShard && rt::is_evaluated(program.nodes[n])) plan.nodes[0].push_back(n);
  }
  return plan;
}

uint32_t default_shard_count(size_t unique) {
  return std::bit_ceil(std::max<size_t>(1, (unique + kSolversPerShard - 1) / kSolversPerShard));
}

}  // namespace batt::codegen
