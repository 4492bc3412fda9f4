#include "frontend/Diagnostics.h"

#include <algorithm>
#include <ostream>

#include <fmt/format.h>

namespace batt::frontend {

namespace {

// The source line and a caret under byte column `col`. The caret line keeps the tabs of the source
// line and has one space per code point, so the caret lines up on a terminal. (A line holding
// invalid UTF-8, which only an encoding error shows, is printed with those bytes as '?'.)
void printCaret(std::ostream& out, std::string_view line, uint32_t col) {
  bool valid = !findInvalidUtf8(line).has_value();
  std::string shown;
  std::string caret;
  for (size_t i = 0; i < line.size(); ++i) {
    auto byte = static_cast<unsigned char>(line[i]);
    bool continuation = valid && (byte & 0xC0) == 0x80;
    shown += (!valid && byte >= 0x80) ? '?' : line[i];
    if (i + 1 < col && !continuation) caret += byte == '\t' ? '\t' : ' ';
  }
  out << shown << '\n' << caret << "^\n";
}

void printMessage(std::ostream& out, const SourceManager& sources, SourceLoc loc,
                  std::string_view severity, std::string_view message) {
  if (loc.file != kNoFile) {
    const SourceFile& file = sources.file(loc.file);
    out << file.path() << ':';
    if (loc.line != 0) out << loc.line << ':' << loc.col << ':';
    out << ' ';
  }
  out << severity << ": " << message << '\n';
  if (loc.file != kNoFile && loc.line != 0) {
    printCaret(out, sources.file(loc.file).lineText(loc.line), loc.col);
  }
}

}  // namespace

void DiagnosticEngine::report(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::Warning && warningsAsErrors_) {
    diagnostic.severity = Severity::Error;
    diagnostic.message += " [-Werror]";
  }
  if (diagnostic.severity == Severity::Error) ++errors_;
  diagnostics_.push_back(std::move(diagnostic));
}

void DiagnosticEngine::print(std::ostream& out, const SourceManager& sources) const {
  std::vector<const Diagnostic*> sorted;
  sorted.reserve(diagnostics_.size());
  for (const Diagnostic& d : diagnostics_) sorted.push_back(&d);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Diagnostic* a, const Diagnostic* b) { return a->loc < b->loc; });
  for (const Diagnostic* d : sorted) {
    printMessage(out, sources, d->loc, d->severity == Severity::Error ? "error" : "warning",
                 d->message);
    for (const Note& note : d->notes) printMessage(out, sources, note.loc, "note", note.message);
  }
}

void internalError(const std::string& what, const char* file, int line) {
  throw InternalError(fmt::format("{} ({}:{})", what, file, line));
}

}  // namespace batt::frontend
