#include "ir/Dedupe.h"

#include <unordered_map>

namespace batt::ir {

DuplicateGroups findDuplicates(std::span<const Solver> solvers) {
  DuplicateGroups result;
  result.representative.resize(solvers.size());
  result.groupOf.assign(solvers.size(), DuplicateGroups::kNoGroup);
  // body hash -> the first solver of each distinct body with that hash
  std::unordered_map<uint64_t, std::vector<uint32_t>> byHash;
  byHash.reserve(solvers.size());
  for (uint32_t i = 0; i < solvers.size(); ++i) {
    std::vector<uint32_t>& candidates = byHash[solvers[i].bodyHash()];
    uint32_t representative = i;
    for (uint32_t candidate : candidates) {
      if (solvers[candidate].root == solvers[i].root &&
          solvers[candidate].params.size() == solvers[i].params.size()) {
        representative = candidate;
        break;
      }
    }
    result.representative[i] = representative;
    if (representative == i) {
      if (!candidates.empty()) ++result.hashCollisions;
      candidates.push_back(i);
      ++result.unique;
      continue;
    }
    uint32_t& group = result.groupOf[representative];
    if (group == DuplicateGroups::kNoGroup) {
      group = static_cast<uint32_t>(result.groups.size());
      result.groups.push_back({representative});
    }
    result.groups[group].push_back(i);
    result.groupOf[i] = group;
  }
  return result;
}

}  // namespace batt::ir
