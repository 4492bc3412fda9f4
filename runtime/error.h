// Python exceptions as values. Primitives raise with `raise(Exc::TypeError)` (a C++ throw of
// PyError); the evaluator catches at each DAG node and stores the error as that node's result, so
// only the solvers depending on it fail, as they would raise in CPython.
#pragma once
#include <cstdint>
#include <string_view>

namespace batt::rt {

enum class Exc : uint8_t {
  TypeError,
  ValueError,
  IndexError,
  KeyError,
  StopIteration,
  RuntimeError,
  ZeroDivisionError,
  AttributeError,
  RecursionError,
  NameError,          // an unknown name, raised where the line that uses it runs
  UnboundLocalError,  // a local variable read before its first assignment
  // Not Python exceptions: limits of this runtime, reported with their own status.
  IntegerOverflow,  // an int left int64; CPython would go on with a big int
  Timeout,          // the evaluation's fuel or wall-clock budget ran out
  Memory,           // the evaluation's memory budget ran out
};

std::string_view exc_name(Exc e);

struct PyError {
  Exc exc;
};

[[noreturn]] void raise(Exc e);

// Is this a result status that says something about semantics (vs. a budget limit)?
inline bool is_budget(Exc e) { return e == Exc::Timeout || e == Exc::Memory; }

}  // namespace batt::rt
