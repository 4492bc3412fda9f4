#include "runtime/constants.h"

#include <string>
#include <unordered_map>

#include "runtime/arena.h"
#include "runtime/object.h"

namespace batt::rt {

std::optional<Value> find_constant(std::string_view name) {
  static const auto* table = [] {
    auto* m = new std::unordered_map<std::string_view, Value>();
    ArenaScope scope(immortal_arena());
#define BATT_CONST_BOOL(n, v) m->emplace(#n, Value::boolean(v));
#define BATT_CONST_INT(n, v) m->emplace(#n, Value::integer(v));
#define BATT_CONST_PAIR(n, a, b) m->emplace(#n, make_pair(a, b));
#include "runtime/constants.def"
    for (auto& [k, v] : *m) prepare_shared(v);
    return m;
  }();
  auto it = table->find(name);
  if (it == table->end()) return std::nullopt;
  return it->second;
}

void prepare_shared(const Value& v) {
  if (v.is_tuple()) {
    for (const Value& e : *v.t) prepare_shared(e);
  } else if (v.is_set()) {
    for (const Value& e : elems(v.s)) prepare_shared(e);
  } else {
    return;
  }
  py_hash(v);
}

}  // namespace batt::rt
