// Loading a solver file: read it and check that it is UTF-8, as CPython requires of source files.
#pragma once

#include <optional>
#include <string>

#include "frontend/Diagnostics.h"

namespace batt::frontend {

// The file's id, or nullopt after reporting why it cannot be used (unreadable, or not UTF-8: the
// error names the first invalid byte's line and column).
std::optional<FileId> readSolverFile(const std::string& path, SourceManager& sources,
                                     DiagnosticEngine& diags);

// The same for a solver file held in memory (the fuzz targets): `name` stands for its path.
std::optional<FileId> addSolverText(std::string name, std::string text, SourceManager& sources,
                                    DiagnosticEngine& diags);

}  // namespace batt::frontend
