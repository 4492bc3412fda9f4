// Grid and colour primitives: counting colours, cells to sets and back, cropping, filling and
// painting. Each is a transliteration of dsl.py (quoted above it); the fast paths for
// well-formed grids (grid_util.h) give the same values and raise the same errors.
#include <algorithm>
#include <array>
#include <vector>

#include "runtime/prim/grid_util.h"
#include "runtime/prim/prim.h"

namespace batt::rt::prim {
namespace {

using gridutil::dsl;
using gridutil::eq;
using gridutil::in_range;
using gridutil::RectGrid;

// ---- mostcolor / leastcolor ----

// hash(n) == n for the small colours of the fast path.
constexpr std::array<int64_t, 64> kSmallHashes = [] {
  std::array<int64_t, 64> a{};
  for (int k = 0; k < 64; ++k) a[k] = k;
  return a;
}();

// Colour counts for the fast path: only ints in [0, 64), in order of first appearance.
struct ColorHistogram {
  std::array<uint32_t, 64> count{};
  std::array<int32_t, 64> order{};
  int distinct = 0;
  bool see(const Value& v) {
    if (v.kind != Kind::Int || static_cast<uint64_t>(v.i) >= 64) return false;
    if (count[v.i]++ == 0) order[distinct++] = static_cast<int32_t>(v.i);
    return true;
  }
};

// The values list of mostcolor/leastcolor, for the fast path; false when a value is not a small
// int or the element would take another path (the general path then raises as CPython does).
bool histogram_of(const Value& element, ColorHistogram& hist) {
  if (element.is_tuple()) {
    for (const Value& r : *element.t) {
      if (!r.is_tuple()) return false;
      for (const Value& v : *r.t)
        if (!hist.see(v)) return false;
    }
    charge(1 + element.t->size);
    return true;
  }
  if (element.is_set()) {
    for (const Value& e : elems(element.s)) {
      if (!e.is_tuple() || e.t->size != 2) return false;
      if (!hist.see((*e.t)[0])) return false;
    }
    charge(1 + element.s->used);
    return true;
  }
  return false;
}

// values = [v for r in element for v in r] if isinstance(element, tuple) else [v for v, _ in element]
std::vector<Value> color_values(const Value& element) {
  std::vector<Value> values;
  if (element.is_tuple()) {
    for (const Value& r : *element.t) {
      charge(1);
      for (const Value& v : iterate(r)) values.push_back(v);
    }
  } else {
    for (const Value& e : iterate(element)) values.push_back(unpack2(e)[0]);
  }
  charge(static_cast<int64_t>(values.size()));
  return values;
}

// max(set(values), key=values.count) (kMax) or min(...): the first best in set order.
template <bool kMax>
Value most_or_least(const Value& element) {
  ColorHistogram hist;
  bool fast;
  std::vector<Value> values;
  {
    Frame comprehension;  // the list comprehension building `values`
    fast = histogram_of(element, hist);
    if (!fast) values = color_values(element);
  }
  if (fast) {
    if (hist.distinct == 0) raise(Exc::ValueError);  // max() arg is an empty sequence
    gridutil::IdSet s(kSmallHashes.data());
    for (int k = 0; k < hist.distinct; ++k) s.add(hist.order[k]);
    int32_t best = -1;
    s.for_each([&](int32_t c) {
      if (best < 0 || (kMax ? hist.count[c] > hist.count[best] : hist.count[c] < hist.count[best]))
        best = c;
    });
    return Value::integer(best);
  }
  SetTable s;
  for (const Value& v : values) s.add(v);
  if (s.size() == 0) raise(Exc::ValueError);
  charge(static_cast<int64_t>(values.size()) * s.size());
  Value best;
  int64_t best_count = -1;
  s.for_each([&](const Value& c, int64_t) {
    int64_t n = 0;
    for (const Value& v : values) n += py_eq(v, c);
    if (best_count < 0 || (kMax ? n > best_count : n < best_count)) {
      best = c;
      best_count = n;
    }
  });
  return best;
}

// ---- the list-of-lists copy edited by fill, paint, underfill and underpaint ----

// g = list(list(row) for row in grid) ... return tuple(tuple(row) for row in g)
// A rectangular grid is copied row by row on first write (unwritten rows are reused: the values
// are equal and immutable); any other grid is copied whole, as Python does.
class GridCopy {
 public:
  explicit GridCopy(const Value& grid) {
    Frame genexpr;
    RectGrid rg;
    if (gridutil::as_rect(grid, rg, false)) {
      rect_ = true;
      grid_ = rg.g;
      copies_.assign(rg.h, nullptr);
      charge(1 + static_cast<int64_t>(rg.h) * rg.w);
      return;
    }
    for (const Value& row : iterate(grid)) rows_.push_back(to_vector(row));
  }

  // g[i][j] for 0 <= i < h (IndexError when row i is shorter than j)
  Value get(int64_t i, int64_t j) const {
    if (rect_) {
      if (copies_[i]) return copies_[i]->items()[j];
      return (*(*grid_)[i].t)[j];
    }
    if (j >= static_cast<int64_t>(rows_[i].size())) raise(Exc::IndexError);
    return rows_[i][j];
  }

  // g[i][j] = v for 0 <= i < h, 0 <= j (IndexError beyond row i)
  void set(int64_t i, int64_t j, const Value& v) {
    if (rect_) {
      TupleObj*& c = copies_[i];
      if (!c) {
        const TupleObj* row = (*grid_)[i].t;
        c = new_tuple(row->size);
        std::copy(row->begin(), row->end(), c->items());
      }
      c->items()[j] = v;
      return;
    }
    if (j >= static_cast<int64_t>(rows_[i].size())) raise(Exc::IndexError);
    rows_[i][j] = v;
  }

  Value finish() {
    if (rect_) {
      TupleObj* out = new_tuple(grid_->size);
      for (uint32_t i = 0; i < grid_->size; ++i)
        out->items()[i] = copies_[i] ? finish_tuple(copies_[i]) : (*grid_)[i];
      return finish_tuple(out);
    }
    TupleObj* out = new_tuple(rows_.size());
    for (size_t i = 0; i < rows_.size(); ++i) out->items()[i] = make_tuple(rows_[i]);
    return finish_tuple(out);
  }

 private:
  bool rect_ = false;
  const TupleObj* grid_ = nullptr;
  std::vector<TupleObj*> copies_;
  std::vector<std::vector<Value>> rows_;
};

// h, w = len(grid), len(grid[0])
std::pair<int64_t, int64_t> grid_hw(const Value& grid) {
  int64_t h = py_len(grid);
  int64_t w = py_len(py_getitem(grid, 0));
  return {h, w};
}

// What a frozenset patch holds when toindices(patch) cannot raise and iterating its result only
// unpacks pairs of ints: every item a cell (v, (i, j)), or every item a pair (i, j), of ints.
enum class IndexPatch { Other, Cells, Pairs };
IndexPatch index_patch_kind(const Value& patch) {
  if (!patch.is_set() || patch.s->used == 0) return IndexPatch::Other;
  bool cells = false, pairs = false;
  for (const Value& e : elems(patch.s)) {
    if (!e.is_tuple() || e.t->size != 2) return IndexPatch::Other;
    const Value& second = (*e.t)[1];
    if (second.is_tuple() && second.t->size == 2 && (*second.t)[0].is_int() &&
        (*second.t)[1].is_int())
      cells = true;
    else if ((*e.t)[0].is_int() && second.is_int())
      pairs = true;
    else
      return IndexPatch::Other;
    if (cells && pairs) return IndexPatch::Other;
  }
  return cells ? IndexPatch::Cells : IndexPatch::Pairs;
}

// Calls f(i, j) for each (i, j) that `for i, j in toindices(patch)` yields. For a patch of
// index_patch_kind Cells or Pairs, the loops' effects do not depend on their order (fill and
// underfill write one value), so the items are read directly instead of building
// toindices(patch) (`as_indices`: the caller already took toindices of a Cells patch).
template <class F>
void for_each_index(const Value& patch, F&& f, bool as_indices = false) {
  IndexPatch kind = index_patch_kind(patch);
  if (kind != IndexPatch::Other) {
    // toindices' frame, and its generator's for cells.
    gridutil::touch_frames(kind == IndexPatch::Cells && !as_indices ? 2 : 1);
    charge(patch.s->used);
    for (const Value& e : elems(patch.s)) {
      const TupleObj* ij = kind == IndexPatch::Cells ? (*e.t)[1].t : e.t;
      f((*ij)[0], (*ij)[1]);
    }
    return;
  }
  Value indices = dsl(toindices_, patch);
  for (const Value& e : iterate(indices)) {
    charge(1);
    auto [i, j] = unpack2(e);
    f(i, j);
  }
}

// Calls f(value, i, j) for each `value, (i, j) in obj`, in iteration order.
template <class F>
void for_each_cell(const Value& obj, F&& f) {
  for (const Value& e : iterate(obj)) {
    charge(1);
    if (e.is_tuple() && e.t->size == 2 && (*e.t)[1].is_tuple() && (*e.t)[1].t->size == 2) {
      const TupleObj* ij = (*e.t)[1].t;
      f((*e.t)[0], (*ij)[0], (*ij)[1]);
      continue;
    }
    auto [value, loc] = unpack2(e);
    auto [i, j] = unpack2(loc);
    f(value, i, j);
  }
}

// fill(grid, value, patch); `as_indices`: patch stands for toindices of itself (see cover).
Value fill_with(const Value& grid, const Value& value, const Value& patch, bool as_indices) {
  auto [h, w] = grid_hw(grid);
  GridCopy g(grid);
  for_each_index(
      patch,
      [&](const Value& i, const Value& j) {
        if (in_range(i, h) && in_range(j, w)) g.set(i.i, j.i, value);
      },
      as_indices);
  return g.finish();
}

// tuple(tuple(f(v) for v in r) for r in grid), where f(v) is v itself unless changes(v), and
// then to(v) (replace, switch). A row with no change is kept: it equals its copy.
template <class Changes, class To>
Value map_cells(const Value& grid, Changes&& changes, To&& to) {
  ElemRange rows = iterate(grid);
  return in_genexpr([&] {
    std::vector<Value> out;
    out.reserve(static_cast<size_t>(py_len(grid)));
    for (const Value& r : rows) {
      ElemRange items = iterate(r);
      Frame genexpr;
      int64_t n = py_len(r);
      charge(1 + n);
      if (r.is_tuple() && std::none_of(r.t->begin(), r.t->end(), changes)) {
        out.push_back(r);
        continue;
      }
      TupleObj* row = new_tuple(static_cast<size_t>(n));
      Value* o = row->items();
      for (const Value& v : items) *o++ = changes(v) ? to(v) : v;
      out.push_back(finish_tuple(row));
    }
    return make_tuple(out);
  });
}

}  // namespace

// def mostcolor(element: Element) -> Integer:
//     values = [v for r in element for v in r] if isinstance(element, tuple) else [v for v, _ in element]
//     return max(set(values), key=values.count)
Value mostcolor_(const Value& element) { return most_or_least<true>(element); }

// def leastcolor(element: Element) -> Integer:
//     values = [v for r in element for v in r] if isinstance(element, tuple) else [v for v, _ in element]
//     return min(set(values), key=values.count)
Value leastcolor_(const Value& element) { return most_or_least<false>(element); }

// def colorcount(element: Element, value: Integer) -> Integer:
//     if isinstance(element, tuple):
//         return sum(row.count(value) for row in element)
//     return sum(v == value for v, _ in element)
Value colorcount_(const Value& element, const Value& value) {
  int64_t n = 0;
  if (element.is_tuple()) {
    Frame genexpr;
    for (const Value& row : *element.t) {
      if (!row.is_tuple())
        raise(Exc::AttributeError);  // 'frozenset' object has no attribute 'count'
      charge(1 + row.t->size);
      for (const Value& v : *row.t) n += eq(v, value);
    }
    return Value::integer(n);
  }
  ElemRange items = iterate(element);
  Frame genexpr;
  for (const Value& e : items) {
    charge(1);
    n += eq(unpack2(e)[0], value);
  }
  return Value::integer(n);
}

// def colorfilter(objs: Objects, value: Integer) -> Objects:
//     return frozenset(obj for obj in objs if next(iter(obj))[0] == value)
Value colorfilter_(const Value& objs, const Value& value) {
  ElemRange items = iterate(objs);
  return in_genexpr([&] {
    SetTable out;
    for (const Value& obj : items) {
      charge(1);
      ElemRange it = iterate(obj);
      if (it.begin() == it.end()) raise(Exc::StopIteration);
      if (py_eq(py_getitem(*it.begin(), 0), value)) out.add(obj);
    }
    return out.freeze();
  });
}

// def sizefilter(container: Container, n: Integer) -> FrozenSet:
//     return frozenset(item for item in container if len(item) == n)
Value sizefilter_(const Value& container, const Value& n) {
  ElemRange items = iterate(container);
  return in_genexpr([&] {
    SetTable out;
    for (const Value& item : items) {
      charge(1);
      if (eq(Value::integer(py_len(item)), n)) out.add(item);
    }
    return out.freeze();
  });
}

// def asindices(grid: Grid) -> Indices:
//     return frozenset((i, j) for i in range(len(grid)) for j in range(len(grid[0])))
Value asindices_(const Value& grid) {
  int64_t h = py_len(grid);
  return in_genexpr([&] {
    if (h == 0) return empty_frozenset();
    int64_t w = py_len(py_getitem(grid, 0));
    if (w > 0) gridutil::check_items(h * w);
    charge(h * std::max<int64_t>(w, 1));
    if (h * w <= gridutil::kMaxGeometryCells) {
      // The table depends only on (h, w): the grid's geometry holds it.
      const gridutil::Geometry& geo = gridutil::geometry(h, w);
      return gridutil::materialize(
          geo.indices.data(), geo.indices_mask, static_cast<uint32_t>(h * w),
          static_cast<uint32_t>(h * w), geo.hashes.data(), [&](int32_t k) {
            return gridutil::tuple2_hashed(Value::integer(geo.row(k)), Value::integer(geo.col(k)),
                                           geo.hashes[k]);
          });
    }
    gridutil::DistinctSetBuilder out(static_cast<size_t>(h * w));
    for (int64_t i = 0; i < h; ++i)
      for (int64_t j = 0; j < w; ++j) {
        int64_t ph = gridutil::pair_hash(i, j);
        out.add(gridutil::tuple2_hashed(Value::integer(i), Value::integer(j), ph), ph);
      }
    return out.freeze();
  });
}

// def ofcolor(grid: Grid, value: Integer) -> Indices:
//     return frozenset((i, j) for i, r in enumerate(grid) for j, v in enumerate(r) if v == value)
Value ofcolor_(const Value& grid, const Value& value) {
  ElemRange rows = iterate(grid);
  return in_genexpr([&] {
    gridutil::DistinctSetBuilder out;  // the pairs (i, j) are distinct
    int64_t i = 0;
    for (const Value& r : rows) {
      int64_t j = 0;
      ElemRange items = iterate(r);
      charge(1 + py_len(r));
      for (const Value& v : items) {
        if (eq(v, value)) {
          int64_t ph = gridutil::pair_hash(i, j);
          out.add(gridutil::tuple2_hashed(Value::integer(i), Value::integer(j), ph), ph);
        }
        ++j;
      }
      ++i;
    }
    return out.freeze();
  });
}

// def crop(grid: Grid, start: IntegerTuple, dims: IntegerTuple) -> Grid:
//     return tuple(r[start[1]:start[1]+dims[1]] for r in grid[start[0]:start[0]+dims[0]])
Value crop_(const Value& grid, const Value& start, const Value& dims) {
  Value lo = py_getitem(start, 0);
  Value hi = py_add(py_getitem(start, 0), py_getitem(dims, 0));
  Value rows = py_slice(grid, SliceBound::of(lo), SliceBound::of(hi));
  const TupleObj* rs = rows.t;
  return in_genexpr([&] {
    if (rs->size == 0) return rows;
    Value lo1 = py_getitem(start, 1);
    Value hi1 = py_add(py_getitem(start, 1), py_getitem(dims, 1));
    TupleObj* out = new_tuple(rs->size);
    for (uint32_t k = 0; k < rs->size; ++k)
      out->items()[k] = py_slice((*rs)[k], SliceBound::of(lo1), SliceBound::of(hi1));
    return finish_tuple(out);
  });
}

// def palette(element: Element) -> IntegerSet:
//     if isinstance(element, tuple):
//         return frozenset({v for r in element for v in r})
//     return frozenset({v for v, _ in element})
Value palette_(const Value& element) {
  SetTable s;
  {
    Frame comprehension;
    if (element.is_tuple()) {
      uint64_t seen = 0;  // small non-negative ints already added (adding again is a no-op)
      for (const Value& r : *element.t) {
        ElemRange items = iterate(r);
        charge(1 + py_len(r));
        for (const Value& v : items) {
          if (v.kind == Kind::Int && static_cast<uint64_t>(v.i) < 64) {
            uint64_t bit = uint64_t{1} << v.i;
            if (seen & bit) continue;
            seen |= bit;
          }
          s.add(v);
        }
      }
    } else {
      ElemRange items = iterate(element);
      for (const Value& e : items) {
        charge(1);
        s.add(unpack2(e)[0]);
      }
    }
  }
  return gridutil::frozen_copy(s);
}

// def numcolors(element: Element) -> IntegerSet:
//     return len(palette(element))
Value numcolors_(const Value& element) { return Value::integer(py_len(dsl(palette_, element))); }

// def color(obj: Object) -> Integer:
//     return next(iter(obj))[0]
Value color_(const Value& obj) {
  ElemRange it = iterate(obj);
  if (it.begin() == it.end()) raise(Exc::StopIteration);
  return py_getitem(*it.begin(), 0);
}

// def toobject(patch: Patch, grid: Grid) -> Object:
//     h, w = len(grid), len(grid[0])
//     return frozenset((grid[i][j], (i, j)) for i, j in toindices(patch) if 0 <= i < h and 0 <= j < w)
Value toobject_(const Value& patch, const Value& grid) {
  auto [h, w] = grid_hw(grid);
  Value indices = dsl(toindices_, patch);
  ElemRange items = iterate(indices);
  return in_genexpr([&] {
    SetTable out;
    for (const Value& e : items) {
      charge(1);
      auto [i, j] = unpack2(e);
      if (!(in_range(i, h) && in_range(j, w))) continue;
      Value v = py_getitem(py_getitem(grid, i), j);
      int64_t hash;
      Value c = gridutil::cell_of(v, i, j, &hash);
      out.add_entry(c, hash);
    }
    return out.freeze();
  });
}

// def asobject(grid: Grid) -> Object:
//     return frozenset((v, (i, j)) for i, r in enumerate(grid) for j, v in enumerate(r))
Value asobject_(const Value& grid) {
  return gridutil::row_major_cells(grid, [](const Value&) { return true; }, 1024);
}

// def index(grid: Grid, loc: IntegerTuple) -> Integer:
//     i, j = loc
//     h, w = len(grid), len(grid[0])
//     if not (0 <= i < h and 0 <= j < w):
//         return None
//     return grid[loc[0]][loc[1]]
Value index_(const Value& grid, const Value& loc) {
  auto [i, j] = unpack2(loc);
  auto [h, w] = grid_hw(grid);
  if (!(in_range(i, h) && in_range(j, w))) return Value::none();
  return py_getitem(py_getitem(grid, py_getitem(loc, 0)), py_getitem(loc, 1));
}

// def canvas(value: Integer, dimensions: IntegerTuple) -> Grid:
//     return tuple(tuple(value for j in range(dimensions[1])) for i in range(dimensions[0]))
Value canvas_(const Value& value, const Value& dimensions) {
  Value d0 = py_getitem(dimensions, 0);
  if (!d0.is_int()) raise(Exc::TypeError);  // object cannot be interpreted as an integer
  int64_t h = std::max<int64_t>(d0.i, 0);
  gridutil::check_items(h);
  return in_genexpr([&] {
    if (h == 0) return empty_tuple();
    Value d1 = py_getitem(dimensions, 1);
    if (!d1.is_int()) raise(Exc::TypeError);
    int64_t w = std::max<int64_t>(d1.i, 0);
    gridutil::touch_frames(1);  // each row's generator
    gridutil::check_items(w);
    gridutil::check_items(h * std::max<int64_t>(w, 1));
    charge(h * w);
    // Every row is an equal immutable tuple: one object serves them all.
    TupleObj* row = new_tuple(static_cast<size_t>(w));
    std::fill(row->items(), row->items() + w, value);
    Value r = finish_tuple(row);
    TupleObj* out = new_tuple(static_cast<size_t>(h));
    std::fill(out->items(), out->items() + h, r);
    return finish_tuple(out);
  });
}

// def cellwise(a: Grid, b: Grid, fallback: Integer) -> Grid:
//     h, w = len(a), len(a[0])
//     resulting_grid = tuple()
//     for i in range(h):
//         row = tuple()
//         for j in range(w):
//             a_value = a[i][j]
//             value = a_value if a_value == b[i][j] else fallback
//             row = row + (value,)
//         resulting_grid = resulting_grid + (row, )
//     return resulting_grid
Value cellwise_(const Value& a, const Value& b, const Value& fallback) {
  auto [h, w] = grid_hw(a);
  charge(h * (1 + w));
  RectGrid ra, rb;
  if (gridutil::as_rect(a, ra, false) && gridutil::as_rect(b, rb, false) && rb.h >= h &&
      (h == 0 || rb.w >= w)) {
    TupleObj* out = new_tuple(static_cast<size_t>(h));
    for (int64_t i = 0; i < h; ++i) {
      TupleObj* row = new_tuple(static_cast<size_t>(w));
      for (int64_t j = 0; j < w; ++j) {
        const Value& av = ra.at(i, j);
        row->items()[j] = eq(av, rb.at(i, j)) ? av : fallback;
      }
      out->items()[i] = finish_tuple(row);
    }
    return finish_tuple(out);
  }
  std::vector<Value> rows;
  std::vector<Value> row;
  for (int64_t i = 0; i < h; ++i) {
    row.clear();
    for (int64_t j = 0; j < w; ++j) {
      Value av = py_getitem(py_getitem(a, i), j);
      row.push_back(eq(av, py_getitem(py_getitem(b, i), j)) ? av : fallback);
    }
    rows.push_back(make_tuple(row));
  }
  return make_tuple(rows);
}

// def replace(grid: Grid, replacee: Integer, replacer: Integer) -> Grid:
//     return tuple(tuple(replacer if v == replacee else v for v in r) for r in grid)
Value replace_(const Value& grid, const Value& replacee, const Value& replacer) {
  return map_cells(
      grid, [&](const Value& v) { return eq(v, replacee); },
      [&](const Value&) { return replacer; });
}

// def switch(grid: Grid, a: Integer, b: Integer) -> Grid:
//     return tuple(tuple(v if (v != a and v != b) else {a: b, b: a}[v] for v in r) for r in grid)
Value switch_(const Value& grid, const Value& a, const Value& b) {
  // {a: b, b: a}[v] for v == a or v == b: with a == b the dict is {a: a}.
  bool same = eq(a, b);
  return map_cells(
      grid, [&](const Value& v) { return eq(v, a) || eq(v, b); },
      [&](const Value& v) { return same ? a : (eq(v, a) ? b : a); });
}

// def fill(grid: Grid, value: Integer, patch: Patch) -> Grid:
//     h, w = len(grid), len(grid[0])
//     grid_filled = list(list(row) for row in grid)
//     for i, j in toindices(patch):
//         if 0 <= i < h and 0 <= j < w:
//             grid_filled[i][j] = value
//     return tuple(tuple(row) for row in grid_filled)
Value fill_(const Value& grid, const Value& value, const Value& patch) {
  return fill_with(grid, value, patch, false);
}

// def paint(grid: Grid, obj: Object) -> Grid:
//     h, w = len(grid), len(grid[0])
//     grid_painted = list(list(row) for row in grid)
//     for value, (i, j) in obj:
//         if 0 <= i < h and 0 <= j < w:
//             grid_painted[i][j] = value
//     return tuple(tuple(row) for row in grid_painted)
Value paint_(const Value& grid, const Value& obj) {
  auto [h, w] = grid_hw(grid);
  GridCopy g(grid);
  for_each_cell(obj, [&](const Value& value, const Value& i, const Value& j) {
    if (in_range(i, h) && in_range(j, w)) g.set(i.i, j.i, value);
  });
  return g.finish();
}

// def underfill(grid: Grid, value: Integer, patch: Patch) -> Grid:
//     h, w = len(grid), len(grid[0])
//     bg = mostcolor(grid)
//     g = list(list(r) for r in grid)
//     for i, j in toindices(patch):
//         if 0 <= i < h and 0 <= j < w:
//             if g[i][j] == bg:
//                 g[i][j] = value
//     return tuple(tuple(r) for r in g)
Value underfill_(const Value& grid, const Value& value, const Value& patch) {
  auto [h, w] = grid_hw(grid);
  Value bg = dsl(mostcolor_, grid);
  GridCopy g(grid);
  for_each_index(patch, [&](const Value& i, const Value& j) {
    if (in_range(i, h) && in_range(j, w) && eq(g.get(i.i, j.i), bg)) g.set(i.i, j.i, value);
  });
  return g.finish();
}

// def underpaint(grid: Grid, obj: Object) -> Grid:
//     h, w = len(grid), len(grid[0])
//     bg = mostcolor(grid)
//     g = list(list(r) for r in grid)
//     for value, (i, j) in obj:
//         if 0 <= i < h and 0 <= j < w:
//             if g[i][j] == bg:
//                 g[i][j] = value
//     return tuple(tuple(r) for r in g)
Value underpaint_(const Value& grid, const Value& obj) {
  auto [h, w] = grid_hw(grid);
  Value bg = dsl(mostcolor_, grid);
  GridCopy g(grid);
  for_each_cell(obj, [&](const Value& value, const Value& i, const Value& j) {
    if (in_range(i, h) && in_range(j, w) && eq(g.get(i.i, j.i), bg)) g.set(i.i, j.i, value);
  });
  return g.finish();
}

// def cover(grid: Grid, patch: Patch) -> Grid:
//     return fill(grid, mostcolor(grid), toindices(patch))
Value cover_(const Value& grid, const Value& patch) {
  Value bg = dsl(mostcolor_, grid);
  IndexPatch kind = index_patch_kind(patch);
  if (kind != IndexPatch::Other) {
    // toindices cannot raise on such a patch, and fill writes the same cells given either.
    gridutil::touch_frames(kind == IndexPatch::Cells ? 2 : 1);  // toindices(patch)
    Frame call;                                                 // fill(grid, bg, indices)
    return fill_with(grid, bg, patch, true);
  }
  Value indices = dsl(toindices_, patch);
  return dsl(fill_, grid, bg, indices);
}

// def move(grid: Grid, obj: Object, offset: IntegerTuple) -> Grid:
//     return paint(cover(grid, obj), shift(obj, offset))
Value move_(const Value& grid, const Value& obj, const Value& offset) {
  Value covered = dsl(cover_, grid, obj);
  Value shifted = dsl(shift_, obj, offset);
  return dsl(paint_, covered, shifted);
}

// def subgrid(patch: Patch, grid: Grid) -> Grid:
//     return crop(grid, ulcorner(patch), shape(patch))
Value subgrid_(const Value& patch, const Value& grid) {
  Value start = dsl(ulcorner_, patch);
  Value dims = dsl(shape_, patch);
  return dsl(crop_, grid, start, dims);
}

}  // namespace batt::rt::prim
