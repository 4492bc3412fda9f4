// STUBS: replaced by the real implementations (in progress).
#include "runtime/prim/prim.h"

namespace batt::rt::prim {

Value objects_(const Value&, const Value&, const Value&, const Value&) { raise(Exc::RuntimeError); }
Value partition_(const Value&) { raise(Exc::RuntimeError); }
Value fgpartition_(const Value&) { raise(Exc::RuntimeError); }
Value occurrences_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value frontiers_(const Value&) { raise(Exc::RuntimeError); }
Value compress_(const Value&) { raise(Exc::RuntimeError); }

}  // namespace batt::rt::prim
