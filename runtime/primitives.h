// The primitive table (primitives.def) as C++: ids, metadata, and (prim_decls.h) the
// implementations' declarations. Implementations live in runtime/prim/<family>.cpp as batt::rt::prim::NAME_.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "runtime/prim_decls.h"
#include "runtime/value.h"

namespace batt::rt {

// PrimId::NAME_ (with the trailing underscore, so `double` and `switch` are legal).
enum class PrimId : uint16_t {
#define BATT_PRIMITIVE(name, arity, params, result) name##_,
#include "runtime/primitives.def"
};

inline constexpr uint16_t kNumPrimitives = 0
#define BATT_PRIMITIVE(name, arity, params, result) +1
#include "runtime/primitives.def"
    ;

using PrimFn = Value (*)(const Value* args);

struct PrimitiveInfo {
  std::string_view name;
  uint8_t arity;
  std::string_view params;  // comma-separated arc-dsl type names
  std::string_view result;
  PrimFn invoke;            // calls the implementation with args[0..arity)
};

// The table itself (primitives.cpp), visible here so that a call through it is one load and an
// indirect call, not a call to fetch the table first: every closure call of a solver goes
// through primitive(k).invoke.
extern const PrimitiveInfo kPrimitiveTable[kNumPrimitives];
inline std::span<const PrimitiveInfo> primitive_table() { return {kPrimitiveTable, kNumPrimitives}; }
inline const PrimitiveInfo& primitive(uint16_t id) { return kPrimitiveTable[id]; }
std::optional<uint16_t> find_primitive(std::string_view name);


}  // namespace batt::rt
