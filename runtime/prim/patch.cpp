// Patch primitives: indices and cells (toindices, recolor, shift, normalize), neighbourhoods,
// relations between two patches (matching, distance, adjacency, position, gravitate) and
// periodicity. Each is a transliteration of dsl.py (quoted above it); the evaluation order of the
// Python code is kept wherever two steps could raise different exceptions, and every Python frame
// it enters (a nested dsl call, a generator, a comprehension) is entered here too.
// Bounds and corners are in bounds.cpp, lines and boxes in lines.cpp.
#include <vector>

#include "runtime/prim/patch_util.h"

namespace batt::rt::prim {
using namespace patchutil;

// def toindices(patch: Patch) -> Indices:
//     if len(patch) == 0:
//         return frozenset()
//     if isinstance(next(iter(patch))[1], tuple):
//         return frozenset(index for value, index in patch)
//     return patch
Value toindices_(const Value& patch) {
  if (py_len(patch) == 0) return empty_frozenset();
  if (!holds_cells(patch)) return patch;
  ElemRange r = iterate(patch);
  return in_genexpr([&] {
    SetTable s;
    int64_t n = 0;
    for (const Value& e : r) {
      s.add(unpack(e).second);
      ++n;
    }
    charge(n);
    return s.freeze();
  });
}

// def recolor(value: Integer, patch: Patch) -> Object:
//     return frozenset((value, index) for index in toindices(patch))
Value recolor_(const Value& value, const Value& patch) {
  Value indices = dsl(toindices_, patch);
  ElemRange r = iterate(indices);
  return in_genexpr([&] {
    SetTable s;
    int64_t hv = py_hash(value);
    for (const Value& index : r) {
      int64_t h = gridutil::hash2(hv, py_hash(index));
      s.add_entry(gridutil::tuple2_hashed(value, index, h), h);
    }
    return s.freeze();
  });
}

// def shift(patch: Patch, directions: IntegerTuple) -> Patch:
//     if len(patch) == 0:
//         return patch
//     di, dj = directions
//     if isinstance(next(iter(patch))[1], tuple):
//         return frozenset((value, (i + di, j + dj)) for value, (i, j) in patch)
//     return frozenset((i + di, j + dj) for i, j in patch)
Value shift_(const Value& patch, const Value& directions) {
  if (py_len(patch) == 0) return patch;
  auto [di, dj] = unpack(directions);
  bool cells = holds_cells(patch);
  ElemRange r = iterate(patch);
  return in_genexpr([&] {
    SetTable s;
    int64_t n = 0;
    int64_t h;
    for (const Value& e : r) {
      if (cells) {
        auto [value, index] = unpack(e);
        auto [i, j] = unpack(index);
        Value ni = py_add(i, di);
        Value nj = py_add(j, dj);
        uint32_t depth;
        Value c = gridutil::cell_of(value, ni, nj, &h, &depth);
        s.add_entry(c, h, depth);
      } else {
        auto [i, j] = unpack(e);
        Value ni = py_add(i, di);
        Value nj = py_add(j, dj);
        Value p = gridutil::pair_of(ni, nj, &h);
        s.add_entry(p, h);
      }
      ++n;
    }
    charge(n);
    return s.freeze();
  });
}

// def normalize(patch: Patch) -> Patch:
//     if len(patch) == 0:
//         return patch
//     return shift(patch, (-uppermost(patch), -leftmost(patch)))
Value normalize_(const Value& patch) {
  if (py_len(patch) == 0) return patch;
  Bounds b;
  if (int_bounds(patch, b, 1, 2)) {
    need_frames(3);  // uppermost -> min() -> generator
    return dsl(shift_, patch, make_pair(int_sub(0, b.top), int_sub(0, b.left)));
  }
  Value up = py_neg(dsl(uppermost_, patch));
  Value left = py_neg(dsl(leftmost_, patch));
  return dsl(shift_, patch, make_tuple({up, left}));
}

// def dneighbors(loc: IntegerTuple) -> Indices:
//     return frozenset({(loc[0] - 1, loc[1]), (loc[0] + 1, loc[1]), (loc[0], loc[1] - 1),
//                       (loc[0], loc[1] + 1)})
// (Once loc[0] - 1 has succeeded loc[0] is an int, so loc[0] + 1 cannot fail; likewise loc[1].)
Value dneighbors_(const Value& loc) {
  Value i = py_getitem(loc, 0);
  Value up = py_sub(i, integer(1));
  Value j = py_getitem(loc, 1);
  Value down = py_add(i, integer(1));
  Value left = py_sub(j, integer(1));
  Value right = py_add(j, integer(1));
  return frozen_display({make_tuple({up, j}), make_tuple({down, j}), make_tuple({i, left}),
                         make_tuple({i, right})});
}

// def ineighbors(loc: IntegerTuple) -> Indices:
//     return frozenset({(loc[0] - 1, loc[1] - 1), (loc[0] - 1, loc[1] + 1),
//                       (loc[0] + 1, loc[1] - 1), (loc[0] + 1, loc[1] + 1)})
Value ineighbors_(const Value& loc) {
  Value i = py_getitem(loc, 0);
  Value up = py_sub(i, integer(1));
  Value j = py_getitem(loc, 1);
  Value left = py_sub(j, integer(1));
  Value right = py_add(j, integer(1));
  Value down = py_add(i, integer(1));
  return frozen_display({make_tuple({up, left}), make_tuple({up, right}),
                         make_tuple({down, left}), make_tuple({down, right})});
}

// def neighbors(loc: IntegerTuple) -> Indices:
//     return dneighbors(loc) | ineighbors(loc)
Value neighbors_(const Value& loc) {
  Value d = dsl(dneighbors_, loc);
  Value i = dsl(ineighbors_, loc);
  return set_union(d.s, i.s);
}

namespace {

// len(set(x for i, j in toindices(a)) & set(x for i, j in toindices(b))) > 0, x = i or j.
template <int kCol>
Value matching(const Value& a, const Value& b) {
  Value ia = dsl(toindices_, a);
  ElemRange ra = iterate(ia);
  SetTable left;
  in_genexpr([&] {
    int64_t n = 0;
    for (const Value& e : ra) {
      auto ij = unpack(e);
      left.add(kCol == 0 ? ij.first : ij.second);
      ++n;
    }
    charge(n);
  });
  Value ib = dsl(toindices_, b);
  ElemRange rb = iterate(ib);
  bool found = false;
  in_genexpr([&] {
    int64_t n = 0;
    for (const Value& e : rb) {
      auto ij = unpack(e);
      if (!found && left.contains(kCol == 0 ? ij.first : ij.second)) found = true;
      ++n;
    }
    charge(n);
  });
  return Value::boolean(found);
}

// abs(ai - bi) + abs(aj - bj)
int64_t distance(const Value& ai, const Value& aj, const Value& bi, const Value& bj) {
  if (ai.is_int() && aj.is_int() && bi.is_int() && bj.is_int()) {
    int64_t di = int_sub(ai.i, bi.i);
    int64_t dj = int_sub(aj.i, bj.i);
    return int_add(di < 0 ? int_sub(0, di) : di, dj < 0 ? int_sub(0, dj) : dj);
  }
  Value x = py_abs(py_sub(ai, bi));
  Value y = py_abs(py_sub(aj, bj));
  return as_int(py_add(x, y));
}

}  // namespace

// def hmatching(a: Patch, b: Patch) -> Boolean:
//     return len(set(i for i, j in toindices(a)) & set(i for i, j in toindices(b))) > 0
Value hmatching_(const Value& a, const Value& b) { return matching<0>(a, b); }

// def vmatching(a: Patch, b: Patch) -> Boolean:
//     return len(set(j for i, j in toindices(a)) & set(j for i, j in toindices(b))) > 0
Value vmatching_(const Value& a, const Value& b) { return matching<1>(a, b); }

// def manhattan(a: Patch, b: Patch) -> Integer:
//     return min(abs(ai - bi) + abs(aj - bj)
//                for ai, aj in toindices(a) for bi, bj in toindices(b))
// toindices(b) is evaluated inside the generator once per index of a (so never when a is empty).
// It is pure, so it is computed once here; the first pass interleaves unpacking b's indices with
// the distances as the generator does. Distances are ints, so min() cannot raise on them.
Value manhattan_(const Value& a, const Value& b) {
  Value ia = dsl(toindices_, a);
  ElemRange ra = iterate(ia);
  bool have = false;
  int64_t best = 0;
  Frame builtin;  // min(); toindices(b) is called from the generator inside it
  in_genexpr([&] {
    bool b_ready = false;
    std::vector<std::pair<Value, Value>> bs;
    for (const Value& ea : ra) {
      auto [ai, aj] = unpack(ea);
      if (!b_ready) {
        Value ib = dsl(toindices_, b);
        for (const Value& eb : iterate(ib)) {
          auto [bi, bj] = unpack(eb);
          bs.emplace_back(bi, bj);
          int64_t d = distance(ai, aj, bi, bj);
          if (!have || d < best) best = d;
          have = true;
        }
        charge(static_cast<int64_t>(bs.size()));
        b_ready = true;
        continue;
      }
      charge(static_cast<int64_t>(bs.size()));
      for (const auto& [bi, bj] : bs) {
        int64_t d = distance(ai, aj, bi, bj);
        if (!have || d < best) best = d;
        have = true;
      }
    }
  });
  if (!have) raise(Exc::ValueError);  // min() arg is an empty sequence
  return integer(best);
}

// def adjacent(a: Patch, b: Patch) -> Boolean:
//     return manhattan(a, b) == 1
Value adjacent_(const Value& a, const Value& b) {
  return Value::boolean(py_eq(dsl(manhattan_, a, b), integer(1)));
}

// def bordering(patch: Patch, grid: Grid) -> Boolean:
//     return uppermost(patch) == 0 or leftmost(patch) == 0 or
//            lowermost(patch) == len(grid) - 1 or rightmost(patch) == len(grid[0]) - 1
Value bordering_(const Value& patch, const Value& grid) {
  if (py_eq(dsl(uppermost_, patch), integer(0))) return Value::boolean(true);
  if (py_eq(dsl(leftmost_, patch), integer(0))) return Value::boolean(true);
  Value low = dsl(lowermost_, patch);
  if (py_eq(low, integer(int_sub(py_len(grid), 1)))) return Value::boolean(true);
  Value right = dsl(rightmost_, patch);
  return Value::boolean(py_eq(right, integer(int_sub(py_len(py_getitem(grid, 0)), 1))));
}

// def position(a: Patch, b: Patch) -> IntegerTuple:
//     ia, ja = center(toindices(a))
//     ib, jb = center(toindices(b))
//     if ia == ib:
//         return (0, 1 if ja < jb else -1)
//     elif ja == jb:
//         return (1 if ia < ib else -1, 0)
//     elif ia < ib:
//         return (1, 1 if ja < jb else -1)
//     elif ia > ib:
//         return (-1, 1 if ja < jb else -1)
// (center() returns ints, so the last branch is always taken when reached; None is unreachable.)
Value position_(const Value& a, const Value& b) {
  auto [ia, ja] = unpack(dsl(center_, dsl(toindices_, a)));
  auto [ib, jb] = unpack(dsl(center_, dsl(toindices_, b)));
  if (py_eq(ia, ib)) return make_pair(0, py_lt(ja, jb) ? 1 : -1);
  if (py_eq(ja, jb)) return make_pair(py_lt(ia, ib) ? 1 : -1, 0);
  if (py_lt(ia, ib)) return make_pair(1, py_lt(ja, jb) ? 1 : -1);
  if (py_gt(ia, ib)) return make_pair(-1, py_lt(ja, jb) ? 1 : -1);
  return Value::none();
}

// def gravitate(source: Patch, destination: Patch) -> IntegerTuple:
//     si, sj = center(source)
//     di, dj = center(destination)
//     i, j = 0, 0
//     if vmatching(source, destination):
//         i = 1 if si < di else -1
//     else:
//         j = 1 if sj < dj else -1
//     gi, gj = i, j
//     c = 0
//     while not adjacent(source, destination) and c < 42:
//         c += 1
//         gi += i
//         gj += j
//         source = shift(source, (i, j))
//     return (gi - i, gj - j)
Value gravitate_(const Value& source, const Value& destination) {
  auto [si, sj] = unpack(dsl(center_, source));
  auto [di, dj] = unpack(dsl(center_, destination));
  int64_t i = 0, j = 0;
  if (py_truthy(dsl(vmatching_, source, destination)))
    i = py_lt(si, di) ? 1 : -1;
  else
    j = py_lt(sj, dj) ? 1 : -1;
  int64_t gi = i, gj = j;
  Value src = source;
  Value step = make_pair(i, j);
  // `not adjacent(...)` is tested before `c < 42`: adjacent is evaluated a 43rd time.
  for (int c = 0; !py_truthy(dsl(adjacent_, src, destination)) && c < 42; ++c) {
    gi += i;
    gj += j;
    src = dsl(shift_, src, step);
  }
  return make_pair(gi - i, gj - j);
}

namespace {

// hperiod/vperiod when obj is a non-empty container of cells (c, (i, j)) with plain int i, j
// and colours 0..63 (bools included: membership uses ==) in a bounding box of at most 2**16
// cells: nothing can raise, and `pruned <= normalized` is checked on a grid of colour masks.
template <int kCol>
bool period_fast(const Value& obj, int64_t& out) {
  Bounds b;
  if (!int_bounds(obj, b) || !b.cells) return false;
  __int128 h = (__int128)b.bottom - b.top + 1, w = (__int128)b.right - b.left + 1;
  if (h * w > (1 << 16)) return false;
  const int64_t rows = static_cast<int64_t>(h), cols = static_cast<int64_t>(w);
  struct Cell {
    int64_t i, j;
    uint64_t bit;
  };
  std::vector<Cell> cells;
  cells.reserve(static_cast<size_t>(py_len(obj)));
  std::vector<uint64_t> mask(static_cast<size_t>(rows * cols), 0);
  for (const Value& e : iterate(obj)) {
    const Value& c = (*e.t)[0];
    if (!c.is_int() || c.i < 0 || c.i > 63) return false;
    const Value* ij = (*e.t)[1].t->items();
    Cell cell{ij[0].i - b.top, ij[1].i - b.left, uint64_t{1} << c.i};
    mask[static_cast<size_t>(cell.i * cols + cell.j)] |= cell.bit;
    cells.push_back(cell);
  }
  need_frames(4);  // normalize -> uppermost -> min() -> generator
  const int64_t extent = kCol == 1 ? cols : rows;
  for (int64_t p = 1; p < extent; ++p) {
    charge(static_cast<int64_t>(cells.size()));
    bool subset = true;
    for (const Cell& c : cells) {
      int64_t i = kCol == 1 ? c.i : c.i - p, j = kCol == 1 ? c.j - p : c.j;
      if ((kCol == 1 ? j : i) < 0) continue;
      if (!(mask[static_cast<size_t>(i * cols + j)] & c.bit)) {
        subset = false;
        break;
      }
    }
    if (subset) {
      out = p;
      return true;
    }
  }
  out = extent;
  return true;
}

// hperiod (kCol 1) / vperiod (kCol 0).
template <int kCol>
Value period_of(const Value& obj) {
  int64_t fast;
  if (period_fast<kCol>(obj, fast)) return integer(fast);
  Value normalized = dsl(normalize_, obj);
  Value extent = dsl(kCol == 1 ? width_ : height_, normalized);
  int64_t n = range_len(1, as_int(extent), 1);
  for (int64_t k = 0; k < n; ++k) {
    int64_t p = 1 + k;
    Value offset = kCol == 1 ? make_pair(0, -p) : make_pair(-p, 0);
    Value offsetted = dsl(shift_, normalized, offset);
    // pruned = frozenset({(c, (i, j)) for c, (i, j) in offsetted if j >= 0}) only meets
    // pruned.issubset(normalized), where its order does not matter; (c, (i, j)) equals the
    // offsetted cell itself. normalized is a frozenset here (normalize of a non-empty patch).
    bool subset = true;
    {
      Frame comprehension;
      int64_t count = 0;
      for (const Value& e : iterate(offsetted)) {
        auto [c, ij] = unpack(e);
        auto [i, j] = unpack(ij);
        if (py_ge(kCol == 1 ? j : i, integer(0)) && subset && !py_contains(normalized, e))
          subset = false;
        ++count;
      }
      charge(count);
    }
    if (subset) return integer(p);
  }
  return extent;
}

}  // namespace

// def hperiod(obj: Object) -> Integer:
//     normalized = normalize(obj)
//     w = width(normalized)
//     for p in range(1, w):
//         offsetted = shift(normalized, (0, -p))
//         pruned = frozenset({(c, (i, j)) for c, (i, j) in offsetted if j >= 0})
//         if pruned.issubset(normalized):
//             return p
//     return w
Value hperiod_(const Value& obj) { return period_of<1>(obj); }

// def vperiod(obj: Object) -> Integer:
//     normalized = normalize(obj)
//     h = height(normalized)
//     for p in range(1, h):
//         offsetted = shift(normalized, (-p, 0))
//         pruned = frozenset({(c, (i, j)) for c, (i, j) in offsetted if i >= 0})
//         if pruned.issubset(normalized):
//             return p
//     return h
Value vperiod_(const Value& obj) { return period_of<0>(obj); }

}  // namespace batt::rt::prim
