// Clang used as a library. The Clang driver works out, once, the compiler invocation that
// `clang++ -c` would run (target, resource and libstdc++ directories, flags); each generated file
// is then compiled by that invocation inside this process, from memory, to an object file. The
// driver also links the objects with the runtime libraries into an executable (the linker is the
// one process started).
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "codegen/toolchain.h"

namespace batt::codegen {

struct ToolResult {
  bool ok = false;
  std::string diagnostics;  // Clang's or the linker's messages, as they would print them
};

class Compiler {
 public:
  // `flags` are clang++ flags (-O1, ...). A Compiler, or the driver's error messages.
  static std::variant<Compiler, std::string> create(const Toolchain& toolchain,
                                                    std::vector<std::string> flags);

  // Compiles `source` (named `name` in messages) to `object`. Safe to call from several threads.
  ToolResult compile(std::string_view name, std::string_view source,
                     const std::string& object) const;

  // What decides an object besides its source: Clang's version, the flags and the text of the
  // headers generated code includes (toolchain.h). Part of every cache key.
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  std::vector<std::string> cc1_args_;
  std::string fingerprint_;
};

ToolResult link_executable(const Toolchain& toolchain, std::span<const std::string> objects,
                           const std::string& output);

}  // namespace batt::codegen
