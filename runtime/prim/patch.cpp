// STUBS: replaced by the real implementations (in progress).
#include "runtime/prim/prim.h"

namespace batt::rt::prim {

Value height_(const Value&) { raise(Exc::RuntimeError); }
Value width_(const Value&) { raise(Exc::RuntimeError); }
Value shape_(const Value&) { raise(Exc::RuntimeError); }
Value portrait_(const Value&) { raise(Exc::RuntimeError); }
Value ulcorner_(const Value&) { raise(Exc::RuntimeError); }
Value urcorner_(const Value&) { raise(Exc::RuntimeError); }
Value llcorner_(const Value&) { raise(Exc::RuntimeError); }
Value lrcorner_(const Value&) { raise(Exc::RuntimeError); }
Value toindices_(const Value&) { raise(Exc::RuntimeError); }
Value recolor_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value shift_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value normalize_(const Value&) { raise(Exc::RuntimeError); }
Value dneighbors_(const Value&) { raise(Exc::RuntimeError); }
Value ineighbors_(const Value&) { raise(Exc::RuntimeError); }
Value neighbors_(const Value&) { raise(Exc::RuntimeError); }
Value uppermost_(const Value&) { raise(Exc::RuntimeError); }
Value lowermost_(const Value&) { raise(Exc::RuntimeError); }
Value leftmost_(const Value&) { raise(Exc::RuntimeError); }
Value rightmost_(const Value&) { raise(Exc::RuntimeError); }
Value square_(const Value&) { raise(Exc::RuntimeError); }
Value vline_(const Value&) { raise(Exc::RuntimeError); }
Value hline_(const Value&) { raise(Exc::RuntimeError); }
Value hmatching_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value vmatching_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value manhattan_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value adjacent_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value bordering_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value centerofmass_(const Value&) { raise(Exc::RuntimeError); }
Value center_(const Value&) { raise(Exc::RuntimeError); }
Value position_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value corners_(const Value&) { raise(Exc::RuntimeError); }
Value connect_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value vfrontier_(const Value&) { raise(Exc::RuntimeError); }
Value hfrontier_(const Value&) { raise(Exc::RuntimeError); }
Value backdrop_(const Value&) { raise(Exc::RuntimeError); }
Value delta_(const Value&) { raise(Exc::RuntimeError); }
Value gravitate_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value inbox_(const Value&) { raise(Exc::RuntimeError); }
Value outbox_(const Value&) { raise(Exc::RuntimeError); }
Value box_(const Value&) { raise(Exc::RuntimeError); }
Value shoot_(const Value&, const Value&) { raise(Exc::RuntimeError); }
Value hperiod_(const Value&) { raise(Exc::RuntimeError); }
Value vperiod_(const Value&) { raise(Exc::RuntimeError); }

}  // namespace batt::rt::prim
