// Moving a value out of the arena region its temporaries share, so the region can be rolled
// back: the value is deep-copied into another arena, keeping every set table slot for slot and
// the sharing between objects (an object reached twice is copied once, so identity — which
// closures' equality and CPython's `a is b` shortcuts observe — is kept within the value).
#pragma once
#include "runtime/arena.h"
#include "runtime/value.h"

namespace batt::rt {

// A copy in `to` of every object of `v` that `from` allocated after `since`; other objects
// (older values, immortal constants, primitives) are referenced as they are.
Value relocate(const Value& v, const Arena& from, const Arena::Mark& since, Arena& to);

}  // namespace batt::rt
