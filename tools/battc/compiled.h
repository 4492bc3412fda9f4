// The compiled path shared by `battc compile`, `battc run` and `battc inspect --emit=cpp`: the
// lowered program as C++ (codegen/emit.h), built into a BATT executable (codegen/build.h) and run.
#pragma once
#include <optional>
#include <ostream>
#include <string>

#include <CLI/CLI.hpp>

#include "runtime/program.h"
#include "runtime/run.h"

namespace batt::driver {

struct BuildFlags {
  std::string output;      // -o BATT; empty: a program kept in the cache
  std::string emitCpp;     // --emit-cpp FILE
  unsigned jobs = 0;       // --jobs N
  std::string cacheDir;    // --cache-dir DIR
  bool timeBuild = false;  // --time-build
};

// Adds --emit-cpp, --jobs, --cache-dir and --time-build to `command`.
void addBuildOptions(CLI::App& command, BuildFlags& flags);

// Emits and builds the program; reports problems on stderr. The executable's path, or nullopt.
std::optional<std::string> buildCompiled(const rt::Program& program, const rt::ProgramInfo& info,
                                         const BuildFlags& flags);

// Runs the BATT executable `batt` on `request` (and `extra` arguments) and returns its exit status.
int runCompiled(const std::string& batt, const rt::RunRequest& request,
                const std::vector<std::string>& extra = {});

// The program's C++ as one text (--emit=cpp); false after reporting an internal error.
bool printCpp(std::ostream& out, const rt::Program& program, const rt::ProgramInfo& info);

}  // namespace batt::driver
