// STUBS: replaced by the real implementations (in progress).
#include "runtime/prim/prim.h"

namespace batt::rt::prim {

Value rot90_(const Value&) { raise(Exc::RuntimeError); }
Value rot180_(const Value&) { raise(Exc::RuntimeError); }
Value rot270_(const Value&) { raise(Exc::RuntimeError); }
Value hmirror_(const Value&) { raise(Exc::RuntimeError); }
Value vmirror_(const Value&) { raise(Exc::RuntimeError); }
Value dmirror_(const Value&) { raise(Exc::RuntimeError); }
Value cmirror_(const Value&) { raise(Exc::RuntimeError); }
Value hupscale_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value vupscale_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value upscale_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value downscale_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value hconcat_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value vconcat_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value hsplit_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value vsplit_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value trim_(const Value&) { raise(Exc::RuntimeError); }
Value tophalf_(const Value&) { raise(Exc::RuntimeError); }
Value bottomhalf_(const Value&) { raise(Exc::RuntimeError); }
Value lefthalf_(const Value&) { raise(Exc::RuntimeError); }
Value righthalf_(const Value&) { raise(Exc::RuntimeError); }

}  // namespace batt::rt::prim
