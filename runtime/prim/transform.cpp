// Grid and patch transformations: rotations, mirrors, scaling, concatenation, splitting and
// halves. Each is a transliteration of dsl.py (quoted above it): `zip(*grid)` truncates to the
// shortest row and accepts any iterable rows, slicing needs tuples, and the patch branches of the
// mirrors go through ulcorner/lrcorner exactly as dsl.py does.
#include <algorithm>
#include <span>
#include <vector>

#include "runtime/prim/grid_util.h"
#include "runtime/prim/prim.h"

namespace batt::rt::prim {
namespace {

using gridutil::dsl;

Value reversed(const Value& t) {
  return py_slice(t, SliceBound::none(), SliceBound::none(), SliceBound::of(int64_t{-1}));
}

// zip(*items): the tuples zip yields. Each item is made an iterator first, in order (TypeError for
// a non-iterable); zip stops at the shortest.
std::vector<Value> zip_star(std::span<const Value> items) {
  std::vector<std::vector<Value>> storage;
  storage.reserve(items.size());
  std::vector<const Value*> data;
  data.reserve(items.size());
  size_t n = items.empty() ? 0 : SIZE_MAX;
  for (const Value& it : items) {
    if (it.is_tuple()) {
      data.push_back(it.t->items());
      n = std::min<size_t>(n, it.t->size);
    } else if (it.is_set()) {
      storage.push_back(to_vector(it));
      data.push_back(storage.back().data());
      n = std::min(n, storage.back().size());
    } else {
      raise(Exc::TypeError);  // zip argument #k must support iteration
    }
  }
  size_t k = items.size();
  charge(static_cast<int64_t>(n * (k + 1)));
  std::vector<Value> out;
  out.reserve(n);
  for (size_t c = 0; c < n; ++c) {
    TupleObj* row = new_tuple(k);
    for (size_t r = 0; r < k; ++r) row->items()[r] = data[r][c];
    out.push_back(finish_tuple(row));
  }
  return out;
}

std::span<const Value> items_of(const Value& t) { return {t.t->items(), t.t->size}; }

// A tuple holding `items` in reverse order.
Value reversed_tuple(const std::vector<Value>& items) {
  TupleObj* out = new_tuple(items.size());
  std::reverse_copy(items.begin(), items.end(), out->items());
  return finish_tuple(out);
}

// isinstance(next(iter(piece))[1], tuple)
bool first_holds_tuple(const Value& piece) {
  ElemRange it = iterate(piece);
  if (it.begin() == it.end()) raise(Exc::StopIteration);
  return py_getitem(*it.begin(), 1).is_tuple();
}

// frozenset((v, f(i, j)) for v, (i, j) in piece) when `cells`, else
// frozenset(f(i, j) for i, j in piece); f returns the new (i, j) in evaluation order.
// When every item (and every cell's (i, j)) is a tuple, distinct items give distinct results (f
// is int arithmetic on i or j, or raises), so the set is built without comparing keys.
template <class F>
Value map_piece(const Value& piece, bool cells, F&& f) {
  ElemRange items = iterate(piece);
  bool tuples = true;
  for (const Value& e : items) {
    if (!e.is_tuple() || (cells && !(e.t->size == 2 && (*e.t)[1].is_tuple()))) {
      tuples = false;
      break;
    }
  }
  return in_genexpr([&] {
    SetTable general;
    gridutil::DistinctSetBuilder distinct(tuples ? static_cast<size_t>(py_len(piece)) : 0);
    for (const Value& e : items) {
      charge(1);
      int64_t hash;
      Value key;
      if (cells) {
        auto [v, ij] = unpack2(e);
        auto [i, j] = unpack2(ij);
        auto [ni, nj] = f(i, j);
        key = gridutil::cell_of(v, ni, nj, &hash);
      } else {
        auto [i, j] = unpack2(e);
        auto [ni, nj] = f(i, j);
        key = gridutil::pair_of(ni, nj, &hash);
      }
      if (tuples)
        distinct.add(key, hash);
      else
        general.add_entry(key, hash);
    }
    return tuples ? distinct.freeze() : general.freeze();
  });
}

// range(factor) as a count (TypeError for a non-int).
int64_t range_count(const Value& factor) {
  if (!factor.is_int()) raise(Exc::TypeError);  // object cannot be interpreted as an integer
  return std::max<int64_t>(factor.i, 0);
}

// Appends `n` copies of `v` (r = r + tuple(v for num in range(factor))).
void append_copies(std::vector<Value>& r, const Value& v, int64_t n) {
  Frame genexpr;
  gridutil::check_items(static_cast<int64_t>(r.size()) + n);
  charge(1 + n);
  r.insert(r.end(), static_cast<size_t>(n), v);
}

}  // namespace

// def rot90(grid: Grid) -> Grid:
//     return tuple(row for row in zip(*grid[::-1]))
Value rot90_(const Value& grid) {
  Value rev = reversed(grid);
  std::vector<Value> rows = zip_star(items_of(rev));
  Frame genexpr;
  return make_tuple(rows);
}

// def rot180(grid: Grid) -> Grid:
//     return tuple(tuple(row[::-1]) for row in grid[::-1])
Value rot180_(const Value& grid) {
  Value rev = reversed(grid);
  return in_genexpr([&] {
    TupleObj* out = new_tuple(rev.t->size);
    for (uint32_t k = 0; k < rev.t->size; ++k) out->items()[k] = reversed((*rev.t)[k]);
    return finish_tuple(out);
  });
}

// def rot270(grid: Grid) -> Grid:
//     return tuple(tuple(row[::-1]) for row in zip(*grid[::-1]))[::-1]
Value rot270_(const Value& grid) {
  Value rev = reversed(grid);
  std::vector<Value> rows = zip_star(items_of(rev));
  Frame genexpr;
  for (Value& r : rows) r = reversed(r);
  return reversed_tuple(rows);
}

// def hmirror(piece: Piece) -> Piece:
//     if isinstance(piece, tuple):
//         return piece[::-1]
//     d = ulcorner(piece)[0] + lrcorner(piece)[0]
//     if isinstance(next(iter(piece))[1], tuple):
//         return frozenset((v, (d - i, j)) for v, (i, j) in piece)
//     return frozenset((d - i, j) for i, j in piece)
Value hmirror_(const Value& piece) {
  if (piece.is_tuple()) return reversed(piece);
  Value a = py_getitem(dsl(ulcorner_, piece), 0);
  Value d = py_add(a, py_getitem(dsl(lrcorner_, piece), 0));
  bool cells = first_holds_tuple(piece);
  return map_piece(piece, cells, [&](const Value& i, const Value& j) {
    return std::pair<Value, Value>(py_sub(d, i), j);
  });
}

// def vmirror(piece: Piece) -> Piece:
//     if isinstance(piece, tuple):
//         return tuple(row[::-1] for row in piece)
//     d = ulcorner(piece)[1] + lrcorner(piece)[1]
//     if isinstance(next(iter(piece))[1], tuple):
//         return frozenset((v, (i, d - j)) for v, (i, j) in piece)
//     return frozenset((i, d - j) for i, j in piece)
Value vmirror_(const Value& piece) {
  if (piece.is_tuple()) {
    return in_genexpr([&] {
      TupleObj* out = new_tuple(piece.t->size);
      for (uint32_t k = 0; k < piece.t->size; ++k) out->items()[k] = reversed((*piece.t)[k]);
      return finish_tuple(out);
    });
  }
  Value a = py_getitem(dsl(ulcorner_, piece), 1);
  Value d = py_add(a, py_getitem(dsl(lrcorner_, piece), 1));
  bool cells = first_holds_tuple(piece);
  return map_piece(piece, cells, [&](const Value& i, const Value& j) {
    return std::pair<Value, Value>(i, py_sub(d, j));
  });
}

// def dmirror(piece: Piece) -> Piece:
//     if isinstance(piece, tuple):
//         return tuple(zip(*piece))
//     a, b = ulcorner(piece)
//     if isinstance(next(iter(piece))[1], tuple):
//         return frozenset((v, (j - b + a, i - a + b)) for v, (i, j) in piece)
//     return frozenset((j - b + a, i - a + b) for i, j in piece)
Value dmirror_(const Value& piece) {
  if (piece.is_tuple()) return make_tuple(zip_star(items_of(piece)));
  auto [a, b] = unpack2(dsl(ulcorner_, piece));
  bool cells = first_holds_tuple(piece);
  return map_piece(piece, cells, [&](const Value& i, const Value& j) {
    Value ni = py_add(py_sub(j, b), a);
    Value nj = py_add(py_sub(i, a), b);
    return std::pair<Value, Value>(ni, nj);
  });
}

// def cmirror(piece: Piece) -> Piece:
//     if isinstance(piece, tuple):
//         return tuple(zip(*(r[::-1] for r in piece[::-1])))
//     return vmirror(dmirror(vmirror(piece)))
Value cmirror_(const Value& piece) {
  if (piece.is_tuple()) {
    Value rev = reversed(piece);
    std::vector<Value> rows = in_genexpr([&] {
      std::vector<Value> out;
      out.reserve(rev.t->size);
      for (const Value& r : *rev.t) out.push_back(reversed(r));
      return out;
    });
    return make_tuple(zip_star(rows));
  }
  Value v = dsl(vmirror_, piece);
  Value d = dsl(dmirror_, v);
  return dsl(vmirror_, d);
}

// def hupscale(grid: Grid, factor: Integer) -> Grid:
//     g = tuple()
//     for row in grid:
//         r = tuple()
//         for value in row:
//             r = r + tuple(value for num in range(factor))
//         g = g + (r,)
//     return g
Value hupscale_(const Value& grid, const Value& factor) {
  std::vector<Value> g;
  std::vector<Value> r;
  for (const Value& row : iterate(grid)) {
    r.clear();
    for (const Value& value : iterate(row)) append_copies(r, value, range_count(factor));
    g.push_back(make_tuple(r));
  }
  return make_tuple(g);
}

// def vupscale(grid: Grid, factor: Integer) -> Grid:
//     g = tuple()
//     for row in grid:
//         g = g + tuple(row for num in range(factor))
//     return g
Value vupscale_(const Value& grid, const Value& factor) {
  std::vector<Value> g;
  for (const Value& row : iterate(grid)) append_copies(g, row, range_count(factor));
  return make_tuple(g);
}

// def upscale(element: Element, factor: Integer) -> Element:
//     if isinstance(element, tuple):
//         g = tuple()
//         for row in element:
//             upscaled_row = tuple()
//             for value in row:
//                 upscaled_row = upscaled_row + tuple(value for num in range(factor))
//             g = g + tuple(upscaled_row for num in range(factor))
//         return g
//     else:
//         if len(element) == 0:
//             return frozenset()
//         di_inv, dj_inv = ulcorner(element)
//         di, dj = (-di_inv, -dj_inv)
//         normed_obj = shift(element, (di, dj))
//         o = set()
//         for value, (i, j) in normed_obj:
//             for io in range(factor):
//                 for jo in range(factor):
//                     o.add((value, (i * factor + io, j * factor + jo)))
//         return shift(frozenset(o), (di_inv, dj_inv))
Value upscale_(const Value& element, const Value& factor) {
  if (element.is_tuple()) {
    std::vector<Value> g;
    std::vector<Value> r;
    for (const Value& row : *element.t) {
      r.clear();
      for (const Value& value : iterate(row)) append_copies(r, value, range_count(factor));
      append_copies(g, make_tuple(r), range_count(factor));
    }
    return make_tuple(g);
  }
  if (py_len(element) == 0) return empty_frozenset();
  auto [di_inv, dj_inv] = unpack2(dsl(ulcorner_, element));
  Value di = py_neg(di_inv);
  Value dj = py_neg(dj_inv);
  Value normed = dsl(shift_, element, make_tuple({di, dj}));
  SetTable o;
  for (const Value& e : iterate(normed)) {
    auto [value, ij] = unpack2(e);
    auto [i, j] = unpack2(ij);
    int64_t n = range_count(factor);
    if (n == 0) continue;
    // (n * n overflows beyond 2^31; such an n alone is already over the limit.)
    gridutil::check_items(n > gridutil::kMaxItems ? n : static_cast<int64_t>(o.size()) + n * n);
    charge(1 + n * n);
    for (int64_t io = 0; io < n; ++io) {
      for (int64_t jo = 0; jo < n; ++jo) {
        Value a = py_add(py_mul(i, factor), Value::integer(io));
        Value b = py_add(py_mul(j, factor), Value::integer(jo));
        int64_t hash;
        Value c = gridutil::cell_of(value, a, b, &hash);
        o.add_entry(c, hash);
      }
    }
  }
  return dsl(shift_, gridutil::frozen_copy(o), make_tuple({di_inv, dj_inv}));
}

// def downscale(grid: Grid, factor: Integer) -> Grid:
//     h, w = len(grid), len(grid[0])
//     g = tuple()
//     for i in range(h):
//         r = tuple()
//         for j in range(w):
//             if j % factor == 0:
//                 r = r + (grid[i][j],)
//         g = g + (r, )
//     h = len(g)
//     dsg = tuple()
//     for i in range(h):
//         if i % factor == 0:
//             dsg = dsg + (g[i],)
//     return dsg
Value downscale_(const Value& grid, const Value& factor) {
  int64_t h = py_len(grid);
  int64_t w = py_len(py_getitem(grid, 0));
  charge(h * (1 + w));
  auto kept = [&](int64_t k) {
    return gridutil::eq(py_mod(Value::integer(k), factor), Value::integer(0));
  };
  std::vector<Value> g;
  std::vector<Value> r;
  for (int64_t i = 0; i < h; ++i) {
    r.clear();
    for (int64_t j = 0; j < w; ++j)
      if (kept(j)) r.push_back(py_getitem(py_getitem(grid, i), j));
    g.push_back(make_tuple(r));
  }
  std::vector<Value> dsg;
  for (int64_t i = 0; i < static_cast<int64_t>(g.size()); ++i)
    if (kept(i)) dsg.push_back(g[i]);
  return make_tuple(dsg);
}

// def hconcat(a: Grid, b: Grid) -> Grid:
//     return tuple(i + j for i, j in zip(a, b))
Value hconcat_(const Value& a, const Value& b) {
  ElemRange ra = iterate(a);
  ElemRange rb = iterate(b);
  return in_genexpr([&] {
    std::vector<Value> out;
    auto ia = ra.begin(), ib = rb.begin();
    for (; ia != ra.end() && ib != rb.end(); ++ia, ++ib) {
      charge(1);
      out.push_back(py_add(*ia, *ib));
    }
    return make_tuple(out);
  });
}

// def vconcat(a: Grid, b: Grid) -> Grid:
//     return a + b
Value vconcat_(const Value& a, const Value& b) { return py_add(a, b); }

// def hsplit(grid: Grid, n: Integer) -> Tuple:
//     h, w = len(grid), len(grid[0]) // n
//     offset = len(grid[0]) % n != 0
//     return tuple(crop(grid, (0, w * i + i * offset), (h, w)) for i in range(n))
Value hsplit_(const Value& grid, const Value& n) {
  int64_t h = py_len(grid);
  int64_t len0 = py_len(py_getitem(grid, 0));
  Value w = py_floordiv(Value::integer(len0), n);
  bool offset = !gridutil::eq(py_mod(Value::integer(len0), n), Value::integer(0));
  int64_t count = std::max<int64_t>(n.i, 0);
  return in_genexpr([&] {
    std::vector<Value> out;
    for (int64_t i = 0; i < count; ++i) {
      charge(1);
      Value start =
          make_tuple({Value::integer(0), Value::integer(int_add(int_mul(w.i, i), i * offset))});
      out.push_back(dsl(crop_, grid, start, make_tuple({Value::integer(h), w})));
    }
    return make_tuple(out);
  });
}

// def vsplit(grid: Grid, n: Integer) -> Tuple:
//     h, w = len(grid) // n, len(grid[0])
//     offset = len(grid) % n != 0
//     return tuple(crop(grid, (h * i + i * offset, 0), (h, w)) for i in range(n))
Value vsplit_(const Value& grid, const Value& n) {
  Value h = py_floordiv(Value::integer(py_len(grid)), n);
  int64_t w = py_len(py_getitem(grid, 0));
  bool offset = !gridutil::eq(py_mod(Value::integer(py_len(grid)), n), Value::integer(0));
  int64_t count = std::max<int64_t>(n.i, 0);
  return in_genexpr([&] {
    std::vector<Value> out;
    for (int64_t i = 0; i < count; ++i) {
      charge(1);
      Value start =
          make_tuple({Value::integer(int_add(int_mul(h.i, i), i * offset)), Value::integer(0)});
      out.push_back(dsl(crop_, grid, start, make_tuple({h, Value::integer(w)})));
    }
    return make_tuple(out);
  });
}

// def trim(grid: Grid) -> Grid:
//     return tuple(r[1:-1] for r in grid[1:-1])
Value trim_(const Value& grid) {
  Value rows = py_slice(grid, SliceBound::of(int64_t{1}), SliceBound::of(int64_t{-1}));
  return in_genexpr([&] {
    TupleObj* out = new_tuple(rows.t->size);
    for (uint32_t k = 0; k < rows.t->size; ++k)
      out->items()[k] =
          py_slice((*rows.t)[k], SliceBound::of(int64_t{1}), SliceBound::of(int64_t{-1}));
    return finish_tuple(out);
  });
}

// def tophalf(grid: Grid) -> Grid:
//     return grid[:len(grid) // 2]
Value tophalf_(const Value& grid) {
  int64_t n = py_len(grid);
  return py_slice(grid, SliceBound::none(), SliceBound::of(n / 2));
}

// def bottomhalf(grid: Grid) -> Grid:
//     return grid[len(grid) // 2 + len(grid) % 2:]
Value bottomhalf_(const Value& grid) {
  int64_t n = py_len(grid);
  return py_slice(grid, SliceBound::of(n / 2 + n % 2), SliceBound::none());
}

// def lefthalf(grid: Grid) -> Grid:
//     return rot270(tophalf(rot90(grid)))
Value lefthalf_(const Value& grid) {
  Value r = dsl(rot90_, grid);
  Value t = dsl(tophalf_, r);
  return dsl(rot270_, t);
}

// def righthalf(grid: Grid) -> Grid:
//     return rot270(bottomhalf(rot90(grid)))
Value righthalf_(const Value& grid) {
  Value r = dsl(rot90_, grid);
  Value b = dsl(bottomhalf_, r);
  return dsl(rot270_, b);
}

}  // namespace batt::rt::prim
