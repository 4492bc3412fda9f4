// The result of running one solver on one input, and its line in the outputs file
// (../shared/golden/FORMAT.md): status, strict and value hashes, correctness.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "runtime/error.h"
#include "runtime/value.h"

namespace batt::rt {

enum class Status : uint8_t { Ok, Error, Timeout, Memory };

struct Outcome {
  Status status = Status::Ok;
  Exc exc = Exc::TypeError;  // for Status::Error
  Value value;               // for Status::Ok

  static Outcome ok(const Value& v) { return {Status::Ok, Exc::TypeError, v}; }
  // The outcome of a raised exception: budget exceptions become Timeout / Memory.
  static Outcome raised(Exc e);
};

// "ok", "error:TypeError", "timeout" or "memory".
std::string status_text(const Outcome& o);

// The first 16 hex digits of the md5 of `s`.
std::string md5_16(std::string_view s);

// The status, strict, value and correct columns of an outputs line, tab-separated.
std::string outcome_columns(const Outcome& o, const std::optional<Value>& expected);

}  // namespace batt::rt
