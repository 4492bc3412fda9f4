// main() of a compiled BATT program: the generated code provides batt_program(); this host
// parses the command line and runs it over the tasks (runtime/run.h).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <fstream>
#include <optional>

#include "runtime/atomic_file.h"
#include "runtime/batt_abi.h"
#include "runtime/interrupt.h"
#include "runtime/profile.h"
#include "runtime/run.h"

int main(int argc, char** argv) {
  using namespace batt::rt;
  exit_on_interrupt();
  const BattProgram* program = batt_program();
  if (program->abi_version != kBattAbiVersion) {
    fmt::print(stderr, "batt: error: generated code has ABI {}, this runtime {}\n",
               program->abi_version, kBattAbiVersion);
    return 2;
  }
  CLI::App app{fmt::format("A fused solver set of {} solvers ({} unique), compiled by battc.",
                           program->num_solvers, program->num_unique)};
  RunRequest request;
  add_run_options(app, request);
  std::string profile_path;
  app.add_option("--profile", profile_path,
                 "Write per-node counters (evaluations, outcomes, fuel, seconds) to FILE.tsv; "
                 "battc run --profile adds the solver lines");
  CLI11_PARSE(app, argc, argv);
  std::optional<Profile> profile;
  if (!profile_path.empty()) {
    profile.emplace(program->num_nodes);
    request.options.profile = &*profile;
  }

  ProgramInfo info;
  info.unique = program->num_unique;
  info.dag_nodes = program->dag_nodes;
  for (uint32_t k = 0; k < program->num_solvers; ++k) {
    const BattSolver& s = program->solvers[k];
    info.solvers.push_back({s.name, s.unique, s.body_hash, s.duplicate_of, s.source});
  }
  int status = run_program(request, info, program->evaluate);
  if (profile && status != kInterruptedStatus) {
    if (!write_file_atomically(profile_path, format_node_counters(profile->merged()))) {
      fmt::print(stderr, "{}: error: cannot write the profile\n", profile_path);
      if (!status) status = 1;
    }
  }
  return status;
}
