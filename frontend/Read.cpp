#include "frontend/Read.h"

#include <fmt/format.h>

namespace batt::frontend {

std::optional<FileId> readSolverFile(const std::string& path, SourceManager& sources,
                                     DiagnosticEngine& diags) {
  std::string error;
  std::optional<FileId> id = sources.load(path, error);
  if (!id) {
    diags.error({}, fmt::format("cannot read '{}': {}", path, error));
    return std::nullopt;
  }
  const SourceFile& file = sources.file(*id);
  if (std::optional<size_t> offset = findInvalidUtf8(file.text())) {
    diags.error(locationOf(file, *id, *offset),
                fmt::format("invalid UTF-8 byte 0x{:02x}; solver files must be UTF-8",
                            static_cast<unsigned char>(file.text()[*offset])));
    return std::nullopt;
  }
  return id;
}

}  // namespace batt::frontend
