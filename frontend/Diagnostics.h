// Diagnostics are values: passes report them here, the driver prints them (sorted by location, with
// the source line and a caret, as clang does) and chooses the exit code. Library code never prints.
//
// User errors (a malformed solver) are Diagnostics. Internal errors (a broken invariant, i.e. a bug
// in battc) throw InternalError, which the driver reports as such.
#pragma once

#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

#include "frontend/Source.h"

namespace batt::frontend {

enum class Severity : uint8_t { Warning, Error };

struct Note {
  SourceLoc loc;  // may be kNoFile: a note without a position
  std::string message;
};

struct Diagnostic {
  Severity severity;
  SourceLoc loc;
  std::string message;
  std::vector<Note> notes;
};

class DiagnosticEngine {
 public:
  // With warningsAsErrors, every warning is recorded as an error (the driver's --werror).
  explicit DiagnosticEngine(bool warningsAsErrors = false) : warningsAsErrors_(warningsAsErrors) {}

  void report(Diagnostic diagnostic);
  void error(SourceLoc loc, std::string message, std::vector<Note> notes = {}) {
    report({Severity::Error, loc, std::move(message), std::move(notes)});
  }
  void warning(SourceLoc loc, std::string message, std::vector<Note> notes = {}) {
    report({Severity::Warning, loc, std::move(message), std::move(notes)});
  }

  size_t errorCount() const { return errors_; }
  size_t warningCount() const { return diagnostics_.size() - errors_; }
  bool hasErrors() const { return errors_ != 0; }

  // Sorted by file, line and column (stable: equal positions keep their report order), each with
  // its caret line, followed by its notes.
  void print(std::ostream& out, const SourceManager& sources) const;

 private:
  bool warningsAsErrors_;
  size_t errors_ = 0;
  std::vector<Diagnostic> diagnostics_;
};

class InternalError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

// Reports a broken invariant: a bug in battc, never a problem with the user's input. (The
// defaults name the caller, with builtins GCC and Clang share.)
[[noreturn]] void internalError(const std::string& what, const char* file = __builtin_FILE(),
                                int line = __builtin_LINE());

}  // namespace batt::frontend
