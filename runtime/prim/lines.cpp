// Lines and boxes: connect, shoot, the frontiers, backdrop and delta, and the box family (inbox,
// outbox, box). Transliterations of dsl.py (quoted above each); each set is built by the Python
// construct dsl.py uses (a generator into frozenset(), or set comprehensions joined with | and
// copied by frozenset()), which decides its iteration order (SET-ORDER.md §3-§5).
#include "runtime/prim/patch_util.h"

namespace batt::rt::prim {
using namespace patchutil;

namespace {

// A set comprehension {(i, fixed) for i in range(a, b)} (or {(fixed, i) ...} when !fixed_second).
SetTable line_set(int64_t a, int64_t b, const Value& fixed, bool fixed_second) {
  Frame comprehension;
  SetTable s;
  int64_t n = range_len(a, b, 1);
  int64_t h;
  for (int64_t k = 0; k < n; ++k) {
    Value i = integer(a + k);
    Value p = fixed_second ? gridutil::pair_of(i, fixed, &h) : gridutil::pair_of(fixed, i, &h);
    s.add_entry(p, h);
  }
  return s;
}

// x | y of two mutable sets: set_or copies x, then merges y.
SetTable set_or(const SetTable& x, const SetTable& y) {
  SetTable r;
  r.merge(x);
  r.merge(y);
  return r;
}

// The shared tail of inbox, outbox and box:
//   vlines = {(i, sj) for i in range(si, ei + 1)} | {(i, ej) for i in range(si, ei + 1)}
//   hlines = {(si, j) for j in range(sj, ej + 1)} | {(ei, j) for j in range(sj, ej + 1)}
//   return frozenset(vlines | hlines)
Value box_lines(const Value& si, const Value& sj, const Value& ei, const Value& ej) {
  auto rows = [&] {
    Value stop = py_add(ei, integer(1));
    return range_args(si, stop);
  };
  auto cols = [&] {
    Value stop = py_add(ej, integer(1));
    return range_args(sj, stop);
  };
  auto [a1, b1] = rows();
  SetTable left = line_set(a1, b1, sj, true);
  auto [a2, b2] = rows();
  SetTable right = line_set(a2, b2, ej, true);
  SetTable vlines = set_or(left, right);
  auto [a3, b3] = cols();
  SetTable top = line_set(a3, b3, si, false);
  auto [a4, b4] = cols();
  SetTable bottom = line_set(a4, b4, ei, false);
  SetTable hlines = set_or(top, bottom);
  return gridutil::frozen_copy(set_or(vlines, hlines));
}

// inbox (d = 1) and outbox (d = -1):
//   ai, aj = uppermost(patch) + d, leftmost(patch) + d
//   bi, bj = lowermost(patch) - d, rightmost(patch) - d
//   si, sj = min(ai, bi), min(aj, bj)
//   ei, ej = max(ai, bi), max(aj, bj)
// (x - 1 and x + -1 raise alike for a non-int x.)
Value in_out_box(const Value& patch, int64_t d) {
  Value ai, aj, bi, bj;
  Bounds b;
  if (int_bounds(patch, b, 2, 5)) {
    need_frames(3);  // uppermost -> min() -> generator
    ai = integer(int_add(b.top, d));
    aj = integer(int_add(b.left, d));
    bi = integer(int_sub(b.bottom, d));
    bj = integer(int_sub(b.right, d));
  } else {
    ai = py_add(dsl(uppermost_, patch), integer(d));
    aj = py_add(dsl(leftmost_, patch), integer(d));
    bi = py_sub(dsl(lowermost_, patch), integer(d));
    bj = py_sub(dsl(rightmost_, patch), integer(d));
  }
  Value si = min2(ai, bi), sj = min2(aj, bj);
  Value ei = max2(ai, bi), ej = max2(aj, bj);
  return box_lines(si, sj, ei, ej);
}

}  // namespace

// def connect(a: IntegerTuple, b: IntegerTuple) -> Indices:
//     ai, aj = a
//     bi, bj = b
//     si = min(ai, bi)
//     ei = max(ai, bi) + 1
//     sj = min(aj, bj)
//     ej = max(aj, bj) + 1
//     if ai == bi:
//         return frozenset((ai, j) for j in range(sj, ej))
//     elif aj == bj:
//         return frozenset((i, aj) for i in range(si, ei))
//     elif bi - ai == bj - aj:
//         return frozenset((i, j) for i, j in zip(range(si, ei), range(sj, ej)))
//     elif bi - ai == aj - bj:
//         return frozenset((i, j) for i, j in zip(range(si, ei), range(ej - 1, sj - 1, -1)))
//     return frozenset()
// Once max(x, y) + 1 has succeeded, x and y are ints (anything else fails to compare or to add),
// so the branch tests cannot raise.
Value connect_(const Value& a, const Value& b) {
  auto [ai, aj] = unpack(a);
  auto [bi, bj] = unpack(b);
  Value si = min2(ai, bi);
  Value ei = py_add(max2(ai, bi), integer(1));
  Value sj = min2(aj, bj);
  Value ej = py_add(max2(aj, bj), integer(1));
  int64_t h;
  if (py_eq(ai, bi)) {
    auto [s, e] = range_args(sj, ej);
    int64_t n = range_len(s, e, 1);
    return in_genexpr([&] {
      SetTable t;
      for (int64_t k = 0; k < n; ++k) {
        Value p = gridutil::pair_of(ai, integer(s + k), &h);
        t.add_entry(p, h);
      }
      return t.freeze();
    });
  }
  if (py_eq(aj, bj)) {
    auto [s, e] = range_args(si, ei);
    int64_t n = range_len(s, e, 1);
    return in_genexpr([&] {
      SetTable t;
      for (int64_t k = 0; k < n; ++k) {
        Value p = gridutil::pair_of(integer(s + k), aj, &h);
        t.add_entry(p, h);
      }
      return t.freeze();
    });
  }
  if (py_eq(py_sub(bi, ai), py_sub(bj, aj))) {
    auto [s1, e1] = range_args(si, ei);
    auto [s2, e2] = range_args(sj, ej);
    int64_t n = std::min(range_len(s1, e1, 1), range_len(s2, e2, 1));
    return in_genexpr([&] {
      SetTable t;
      for (int64_t k = 0; k < n; ++k) {
        Value p = gridutil::pair_of(integer(s1 + k), integer(s2 + k), &h);
        t.add_entry(p, h);
      }
      return t.freeze();
    });
  }
  if (py_eq(py_sub(bi, ai), py_sub(aj, bj))) {
    auto [s1, e1] = range_args(si, ei);
    int64_t hi = int_sub(as_int(ej), 1);
    int64_t lo = int_sub(as_int(sj), 1);
    int64_t n = std::min(range_len(s1, e1, 1), range_len(hi, lo, -1));
    return in_genexpr([&] {
      SetTable t;
      for (int64_t k = 0; k < n; ++k) {
        Value p = gridutil::pair_of(integer(s1 + k), integer(hi - k), &h);
        t.add_entry(p, h);
      }
      return t.freeze();
    });
  }
  return empty_frozenset();
}

// def vfrontier(location: IntegerTuple) -> Indices:
//     return frozenset((i, location[1]) for i in range(30))
Value vfrontier_(const Value& location) {
  return in_genexpr([&] {
    SetTable t;
    int64_t h;
    for (int64_t i = 0; i < 30; ++i) {
      Value p = gridutil::pair_of(integer(i), py_getitem(location, 1), &h);
      t.add_entry(p, h);
    }
    return t.freeze();
  });
}

// def hfrontier(location: IntegerTuple) -> Indices:
//     return frozenset((location[0], j) for j in range(30))
Value hfrontier_(const Value& location) {
  return in_genexpr([&] {
    SetTable t;
    int64_t h;
    for (int64_t j = 0; j < 30; ++j) {
      Value p = gridutil::pair_of(py_getitem(location, 0), integer(j), &h);
      t.add_entry(p, h);
    }
    return t.freeze();
  });
}

// def backdrop(patch: Patch) -> Indices:
//     if len(patch) == 0:
//         return frozenset({})
//     indices = toindices(patch)
//     si, sj = ulcorner(indices)
//     ei, ej = lrcorner(patch)
//     return frozenset((i, j) for i in range(si, ei + 1) for j in range(sj, ej + 1))
Value backdrop_(const Value& patch) {
  if (py_len(patch) == 0) return empty_frozenset();
  Value indices = dsl(toindices_, patch);
  auto [si, sj] = unpack(dsl(ulcorner_, indices));
  auto [ei, ej] = unpack(dsl(lrcorner_, patch));
  Value stop_i = py_add(ei, integer(1));
  auto [a, b] = range_args(si, stop_i);
  int64_t rows = range_len(a, b, 1);
  return in_genexpr([&] {
    SetTable t;
    int64_t h;
    for (int64_t r = 0; r < rows; ++r) {
      // The inner range is evaluated once per row, inside the generator.
      Value stop_j = py_add(ej, integer(1));
      auto [c, d] = range_args(sj, stop_j);
      int64_t cols = range_len(c, d, 1);
      for (int64_t k = 0; k < cols; ++k) {
        Value p = gridutil::pair_of(integer(a + r), integer(c + k), &h);
        t.add_entry(p, h);
      }
    }
    return t.freeze();
  });
}

// def delta(patch: Patch) -> Indices:
//     if len(patch) == 0:
//         return frozenset({})
//     return backdrop(patch) - toindices(patch)
Value delta_(const Value& patch) {
  if (py_len(patch) == 0) return empty_frozenset();
  Value box = dsl(backdrop_, patch);
  Value indices = dsl(toindices_, patch);
  return py_sub(box, indices);
}

// def inbox(patch: Patch) -> Indices:
//     ai, aj = uppermost(patch) + 1, leftmost(patch) + 1
//     bi, bj = lowermost(patch) - 1, rightmost(patch) - 1
//     si, sj = min(ai, bi), min(aj, bj)
//     ei, ej = max(ai, bi), max(aj, bj)
//     vlines = {(i, sj) for i in range(si, ei + 1)} | {(i, ej) for i in range(si, ei + 1)}
//     hlines = {(si, j) for j in range(sj, ej + 1)} | {(ei, j) for j in range(sj, ej + 1)}
//     return frozenset(vlines | hlines)
Value inbox_(const Value& patch) { return in_out_box(patch, 1); }

// def outbox(patch: Patch) -> Indices:
//     ai, aj = uppermost(patch) - 1, leftmost(patch) - 1
//     bi, bj = lowermost(patch) + 1, rightmost(patch) + 1
//     (the rest as inbox)
Value outbox_(const Value& patch) { return in_out_box(patch, -1); }

// def box(patch: Patch) -> Indices:
//     if len(patch) == 0:
//         return patch
//     ai, aj = ulcorner(patch)
//     bi, bj = lrcorner(patch)
//     si, sj = min(ai, bi), min(aj, bj)
//     ei, ej = max(ai, bi), max(aj, bj)
//     (the rest as inbox)
Value box_(const Value& patch) {
  if (py_len(patch) == 0) return patch;
  auto [ai, aj] = unpack(dsl(ulcorner_, patch));
  auto [bi, bj] = unpack(dsl(lrcorner_, patch));
  Value si = min2(ai, bi), sj = min2(aj, bj);
  Value ei = max2(ai, bi), ej = max2(aj, bj);
  return box_lines(si, sj, ei, ej);
}

// def shoot(start: IntegerTuple, direction: IntegerTuple) -> Indices:
//     return connect(start, (start[0] + 42 * direction[0], start[1] + 42 * direction[1]))
Value shoot_(const Value& start, const Value& direction) {
  Value s0 = py_getitem(start, 0);
  Value i = py_add(s0, py_mul(integer(42), py_getitem(direction, 0)));
  Value s1 = py_getitem(start, 1);
  Value j = py_add(s1, py_mul(integer(42), py_getitem(direction, 1)));
  return dsl(connect_, start, make_tuple({i, j}));
}

}  // namespace batt::rt::prim
