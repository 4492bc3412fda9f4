#include "codegen/toolchain.h"

#include <cstdlib>
#include <filesystem>

#include "codegen/toolchain_paths.h"

namespace batt::codegen {

Toolchain default_toolchain() {
  Toolchain t;
  t.clang = paths::kClang;
  t.linker = paths::kLinker;
  const char* include = std::getenv("BATTC_INCLUDE_DIR");
  t.include_dir = include ? include : paths::kIncludeDir;
  const char* library_dir = std::getenv("BATTC_LIBRARY_DIR");
  for (const char* library : paths::kProjectLibraries) {
    t.link_inputs.push_back(library_dir ? (std::filesystem::path(library_dir) /
                                           std::filesystem::path(library).filename())
                                              .string()
                                        : library);
  }
  for (const char* library : paths::kSystemLibraries) t.link_inputs.push_back(library);
  if (*paths::kLinkFlag) t.link_inputs.push_back(paths::kLinkFlag);
  return t;
}

}  // namespace batt::codegen
