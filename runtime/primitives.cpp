#include "runtime/primitives.h"

#include <unordered_map>
#include <utility>

namespace batt::rt {
namespace {

template <auto F, size_t... I>
Value invoke_with(const Value* args, std::index_sequence<I...>) {
  return F(args[I]...);
}

template <auto F, size_t N>
Value invoke(const Value* args) {
  return invoke_with<F>(args, std::make_index_sequence<N>());
}

}  // namespace

extern const PrimitiveInfo kPrimitiveTable[kNumPrimitives] = {
#define BATT_PRIMITIVE(name, arity, params, result) \
  {#name, arity, params, result, &invoke<&prim::name##_, arity>},
#include "runtime/primitives.def"
};

std::optional<uint16_t> find_primitive(std::string_view name) {
  static const auto* index = [] {
    auto* m = new std::unordered_map<std::string_view, uint16_t>();
    for (uint16_t k = 0; k < kNumPrimitives; ++k) m->emplace(kPrimitiveTable[k].name, k);
    return m;
  }();
  auto it = index->find(name);
  if (it == index->end()) return std::nullopt;
  return it->second;
}

}  // namespace batt::rt
