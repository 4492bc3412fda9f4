#include "runtime/error.h"

namespace batt::rt {

std::string_view exc_name(Exc e) {
  switch (e) {
    case Exc::TypeError: return "TypeError";
    case Exc::ValueError: return "ValueError";
    case Exc::IndexError: return "IndexError";
    case Exc::KeyError: return "KeyError";
    case Exc::StopIteration: return "StopIteration";
    case Exc::RuntimeError: return "RuntimeError";
    case Exc::ZeroDivisionError: return "ZeroDivisionError";
    case Exc::AttributeError: return "AttributeError";
    case Exc::RecursionError: return "RecursionError";
    case Exc::NameError: return "NameError";
    case Exc::UnboundLocalError: return "UnboundLocalError";
    case Exc::IntegerOverflow: return "IntegerOverflow";
    case Exc::Timeout: return "Timeout";
    case Exc::Memory: return "Memory";
  }
  return "Unknown";
}

void raise(Exc e) { throw PyError{e}; }

}  // namespace batt::rt
