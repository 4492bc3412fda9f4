// raised(f): the Python exception f() raises (a failed expectation when it raises none).
#pragma once
#include <gtest/gtest.h>

#include "runtime/error.h"

namespace batt::rt {

inline Exc raised(auto f) {
  try {
    f();
  } catch (const PyError& e) {
    return e.exc;
  }
  ADD_FAILURE() << "expected an exception";
  return Exc::RuntimeError;
}

}  // namespace batt::rt
