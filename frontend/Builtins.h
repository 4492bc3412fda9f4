// The names every solver sees without defining them: arc-dsl's primitives and named constants.
// Both come from the runtime's tables (runtime/primitives.def, runtime/constants.def); the position
// of a primitive in its table is its PrimitiveId.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace batt::frontend {

using PrimitiveId = uint16_t;

struct Primitive {
  std::string_view name;
  uint32_t arity;
  std::string_view params;  // arc-dsl type names, comma-separated (documentation only)
  std::string_view result;
};

struct Constant {
  enum class Kind : uint8_t { Bool, Int, Pair };
  std::string_view name;
  Kind kind;
  int64_t first;   // Bool: 0 or 1; Int: the value; Pair: the first element
  int64_t second;  // Pair: the second element
};

std::span<const Primitive> primitives();
std::optional<PrimitiveId> findPrimitive(std::string_view name);

std::span<const Constant> constants();
std::optional<uint32_t> findConstant(std::string_view name);

}  // namespace batt::frontend
