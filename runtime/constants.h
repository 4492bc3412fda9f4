// The named constants of constants.py (constants.def) as values.
#pragma once
#include <optional>
#include <string_view>

#include "runtime/value.h"

namespace batt::rt {

// The value of constant `name` (T, ONE, ORIGIN, ...), or nullopt.
std::optional<Value> find_constant(std::string_view name);

// Make `v` safe to share between threads: compute every cached hash now, so no thread writes it.
void prepare_shared(const Value& v);

}  // namespace batt::rt
