#include "frontend/Builtins.h"

#include <string_view>
#include <unordered_map>

namespace batt::frontend {

namespace {

constexpr Primitive kPrimitives[] = {
#define BATT_PRIMITIVE(name, arity, params, result) {#name, arity, params, result},
#include "runtime/primitives.def"
};

constexpr Constant kConstants[] = {
#define BATT_CONST_BOOL(name, v) {#name, Constant::Kind::Bool, v, 0},
#define BATT_CONST_INT(name, v) {#name, Constant::Kind::Int, v, 0},
#define BATT_CONST_PAIR(name, a, b) {#name, Constant::Kind::Pair, a, b},
#include "runtime/constants.def"
};

template <typename Entry>
std::unordered_map<std::string_view, uint32_t> indexByName(std::span<const Entry> table) {
  std::unordered_map<std::string_view, uint32_t> index;
  for (uint32_t i = 0; i < table.size(); ++i) index.emplace(table[i].name, i);
  return index;
}

}  // namespace

std::span<const Primitive> primitives() { return kPrimitives; }

std::optional<PrimitiveId> findPrimitive(std::string_view name) {
  static const auto index = indexByName(primitives());
  auto it = index.find(name);
  if (it == index.end()) return std::nullopt;
  return static_cast<PrimitiveId>(it->second);
}

std::span<const Constant> constants() { return kConstants; }

std::optional<uint32_t> findConstant(std::string_view name) {
  static const auto index = indexByName(constants());
  auto it = index.find(name);
  if (it == index.end()) return std::nullopt;
  return it->second;
}

}  // namespace batt::frontend
