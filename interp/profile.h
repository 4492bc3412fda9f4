// The profile of a run as `battc run --profile FILE` writes it (the counters are
// runtime/profile.h's, from the interpreter or from compiled batt): per node, with the solver line
// it comes from. For calibrating fuel and finding the solver lines that cost the most.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/executor.h"
#include "runtime/profile.h"
#include "runtime/program.h"

namespace batt::interp {

using rt::eval_node_profiled;
using rt::NodeProfile;
using rt::Profile;

// The profile as TSV: a header, then one line per call node evaluated at least once, by total
// fuel (most first), then by node id. Columns: node, seconds, seconds_max, fuel_total, fuel_max,
// evaluations, ok, errors, timeouts, origin (the solver line; for a call nested in a line, the
// primitive and the line it is in).
std::string format_profile(const rt::Program& program, const std::vector<NodeProfile>& nodes);

}  // namespace batt::interp
