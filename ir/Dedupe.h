// Duplicate detection: solvers whose normalized bodies are the same. Body hashes are compared
// first; equal hashes are then confirmed structurally, which with interning means the same root
// node (and the same number of parameters).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "ir/Solver.h"

namespace batt::ir {

struct DuplicateGroups {
  static constexpr uint32_t kNoGroup = UINT32_MAX;

  std::vector<uint32_t> representative;       // per solver: the first solver with its body
  std::vector<uint32_t> groupOf;              // per solver: its index in `groups`, or kNoGroup
  std::vector<std::vector<uint32_t>> groups;  // the bodies shared by 2+ solvers, in input order
  uint32_t unique = 0;                        // distinct bodies
  uint32_t hashCollisions = 0;                // equal body hashes of different bodies

  bool isUnique(uint32_t solver) const { return representative[solver] == solver; }
};

DuplicateGroups findDuplicates(std::span<const Solver> solvers);

}  // namespace batt::ir
