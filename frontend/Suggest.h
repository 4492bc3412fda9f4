// "Did you mean ...?" hints for misspelt names.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace batt::frontend {

// The candidate that `name` is most plausibly a typo of: a case-insensitive match if there is one,
// else the candidate at the smallest edit distance (insertions, deletions, substitutions and
// transpositions of adjacent characters each count one), provided that distance is at most
// max(1, (name.size() + 2) / 3). Ties go to the earlier candidate.
std::optional<std::string_view> closestName(std::string_view name,
                                            std::span<const std::string_view> candidates);

}  // namespace batt::frontend
