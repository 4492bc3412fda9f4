// The declarations of the primitives' implementations, batt::rt::prim::NAME_, from
// primitives.def. Needs only a declaration of Value, so generated code can include it cheaply
// (codegen/batt_gen.h) as well as primitives.h.
#pragma once

namespace batt::rt {

struct Value;

namespace prim {
#define BATT_PARAMS_1 const Value&
#define BATT_PARAMS_2 const Value&, const Value&
#define BATT_PARAMS_3 const Value&, const Value&, const Value&
#define BATT_PARAMS_4 const Value&, const Value&, const Value&, const Value&
#define BATT_PRIMITIVE(name, arity, params, result) Value name##_(BATT_PARAMS_##arity);
#include "runtime/primitives.def"
#undef BATT_PARAMS_1
#undef BATT_PARAMS_2
#undef BATT_PARAMS_3
#undef BATT_PARAMS_4
}  // namespace prim

}  // namespace batt::rt
