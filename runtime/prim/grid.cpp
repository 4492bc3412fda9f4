// STUBS: replaced by the real implementations (in progress).
#include "runtime/prim/prim.h"

namespace batt::rt::prim {

Value mostcolor_(const Value&) { raise(Exc::RuntimeError); }
Value leastcolor_(const Value&) { raise(Exc::RuntimeError); }
Value colorcount_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value colorfilter_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value sizefilter_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value asindices_(const Value&) { raise(Exc::RuntimeError); }
Value ofcolor_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value crop_(const Value&, const Value&, const Value&) { raise(Exc::RuntimeError); }
Value palette_(const Value&) { raise(Exc::RuntimeError); }
Value numcolors_(const Value&) { raise(Exc::RuntimeError); }
Value color_(const Value&) { raise(Exc::RuntimeError); }
Value toobject_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value asobject_(const Value&) { raise(Exc::RuntimeError); }
Value index_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value canvas_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value cellwise_(const Value&, const Value&, const Value&) { raise(Exc::RuntimeError); }
Value replace_(const Value&, const Value&, const Value&) { raise(Exc::RuntimeError); }
Value switch_(const Value&, const Value&, const Value&) { raise(Exc::RuntimeError); }
Value fill_(const Value&, const Value&, const Value&) { raise(Exc::RuntimeError); }
Value paint_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value underfill_(const Value&, const Value&, const Value&) { raise(Exc::RuntimeError); }
Value underpaint_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value cover_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value move_(const Value&, const Value&, const Value&) { raise(Exc::RuntimeError); }
Value subgrid_(const Value&, const Value&) { raise(Exc::RuntimeError); }

}  // namespace batt::rt::prim
