#include "frontend/Read.h"

#include <fmt/format.h>

namespace batt::frontend {

namespace {

// `id`, or nullopt after reporting the file's first byte that is not UTF-8.
std::optional<FileId> checkUtf8(FileId id, const SourceManager& sources, DiagnosticEngine& diags) {
  const SourceFile& file = sources.file(id);
  if (std::optional<size_t> offset = findInvalidUtf8(file.text())) {
    diags.error(locationOf(file, id, *offset),
                fmt::format("invalid UTF-8 byte 0x{:02x}; solver files must be UTF-8",
                            static_cast<unsigned char>(file.text()[*offset])));
    return std::nullopt;
  }
  return id;
}

}  // namespace

std::optional<FileId> readSolverFile(const std::string& path, SourceManager& sources,
                                     DiagnosticEngine& diags) {
  std::string error;
  std::optional<FileId> id = sources.load(path, error);
  if (!id) {
    diags.error({}, fmt::format("cannot read '{}': {}", path, error));
    return std::nullopt;
  }
  return checkUtf8(*id, sources, diags);
}

std::optional<FileId> addSolverText(std::string name, std::string text, SourceManager& sources,
                                    DiagnosticEngine& diags) {
  return checkUtf8(sources.add(std::move(name), std::move(text)), sources, diags);
}

}  // namespace batt::frontend
