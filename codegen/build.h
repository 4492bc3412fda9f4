// Building a BATT program from emitted C++: every file's object is looked up in the cache by
// content and compiled (in parallel, in this process) when missing; then the objects are linked
// with the runtime into the executable.
#pragma once
#include <string>
#include <vector>

#include "codegen/emit.h"

namespace batt::codegen {

struct BuildOptions {
  std::string output;     // the executable to write; empty: one kept in the cache (see cache.h)
  unsigned jobs = 0;      // parallel compilations; 0: one per hardware thread
  std::string cache_dir;  // empty: default_cache_dir()
};

struct UnitReport {
  std::string name;  // the generated file
  bool cached = false;
  double seconds = 0;  // compile time (0 when cached)
};

struct BuildResult {
  bool ok = false;
  std::string executable;         // where the program is (options.output, or in the cache)
  std::string diagnostics;        // why it failed: Clang's, the linker's or the cache's messages
  std::vector<UnitReport> units;  // in the order of Emitted::files
  bool link_cached = false;       // the program was in the cache (no output given)
  double compile_seconds = 0;     // wall time of the parallel compilation
  double link_seconds = 0;
  double total_seconds = 0;
};

BuildResult build_batt(const Emitted& emitted, const BuildOptions& options);

}  // namespace batt::codegen
