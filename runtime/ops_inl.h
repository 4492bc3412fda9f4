#pragma once
#include "runtime/budget.h"

namespace batt::rt {

template <class F>
auto in_genexpr(F&& body) -> decltype(body()) {
  Frame frame;
  try {
    return body();
  } catch (const PyError& e) {
    if (e.exc == Exc::StopIteration) raise(Exc::RuntimeError);
    throw;
  }
}

}  // namespace batt::rt
