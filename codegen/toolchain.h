// Where the parts of a BATT program are found at run time: Clang (whose path locates its resource
// headers and the GCC installation with libstdc++), the headers generated code includes, and the
// libraries it links with. The defaults are the paths of the battc build, configured by CMake;
// BATTC_INCLUDE_DIR and BATTC_LIBRARY_DIR override the project's own headers and libraries (for
// a battc installed away from its build tree).
#pragma once
#include <string>
#include <vector>

namespace batt::codegen {

struct Toolchain {
  std::string clang;                     // the clang executable the Clang driver stands in for
  std::string include_dir;               // holds codegen/batt_gen.h and runtime/primitives.def
  std::vector<std::string> link_inputs;  // libraries, in link order
  std::string linker;                    // -fuse-ld= value; empty: the driver's default
};

Toolchain default_toolchain();

// The headers every generated file includes, relative to include_dir. Their text is part of the
// cache key of every compiled file.
inline constexpr const char* kGeneratedCodeHeaders[] = {"codegen/batt_gen.h",
                                                        "runtime/primitives.def"};

}  // namespace batt::codegen
