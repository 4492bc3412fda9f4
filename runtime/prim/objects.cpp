// Primitives that split a grid into objects: objects (connected components), partition,
// fgpartition, occurrences, frontiers and compress. Each is a transliteration of dsl.py (quoted
// above it). objects reproduces every table operation of its Python sets, since the order in
// which cells join an object decides the object's iteration order.
#include <algorithm>
#include <vector>

#include "runtime/prim/grid_util.h"
#include "runtime/prim/prim.h"

namespace batt::rt::prim {
namespace {

using gridutil::dsl;
using gridutil::eq;
using gridutil::IdSet;
using gridutil::in_range;
using gridutil::RectGrid;

// h, w = len(grid), len(grid[0])
std::pair<int64_t, int64_t> grid_hw(const Value& grid) {
  int64_t h = py_len(grid);
  int64_t w = py_len(py_getitem(grid, 0));
  return {h, w};
}

// ---- objects: the transliteration, on SetTables ----

// a - b for two Python sets (set_difference, SET-ORDER.md §4).
SetTable set_minus(const SetTable& a, const SetTable& b) {
  SetTable r;
  if ((a.size() >> 2) > b.size()) {
    // set_copy_and_difference; its closing resize check cannot fire when len(a) > 4 * len(b).
    r.merge(a);
    b.for_each([&](const Value& key, int64_t) { r.discard(key); });
    return r;
  }
  charge(a.size());
  a.for_each([&](const Value& key, int64_t hash) {
    if (!b.contains(key)) r.add_entry(key, hash);
  });
  return r;
}

Value objects_general(const Value& grid, const Value& univalued, bool diagonal, const Value& bg,
                      int64_t h, int64_t w, const Value& unvisited) {
  SetTable objs, occupied;
  for (const Value& loc : iterate(unvisited)) {
    charge(1);
    if (occupied.contains(loc)) continue;
    Value val = py_getitem(py_getitem(grid, py_getitem(loc, 0)), py_getitem(loc, 1));
    if (py_eq(val, bg)) continue;
    SetTable obj;
    obj.add(make_tuple({val, loc}));
    SetTable cands;
    cands.add(loc);
    while (cands.size() > 0) {
      SetTable neighborhood;
      cands.for_each([&](const Value& cand, int64_t) {
        charge(1);
        Value v = py_getitem(py_getitem(grid, py_getitem(cand, 0)), py_getitem(cand, 1));
        if (py_truthy(univalued) ? py_eq(val, v) : !py_eq(v, bg)) {
          obj.add(make_tuple({v, cand}));
          occupied.add(cand);
          Value around = dsl(diagonal ? neighbors_ : dneighbors_, cand);
          SetTable comp;
          {
            Frame comprehension;
            for (const Value& e : iterate(around)) {
              auto [i, j] = unpack2(e);
              if (in_range(i, h) && in_range(j, w)) comp.add(make_tuple({i, j}));
            }
          }
          neighborhood.merge(comp);
        }
      });
      cands = set_minus(neighborhood, occupied);
    }
    objs.add(gridutil::frozen_copy(obj));
  }
  return gridutil::frozen_copy(objs);
}

// ---- objects: the fast path for rectangular grids of ints ----
//
// Every Python set of objects runs on an IdSet over the ids of gridutil::Geometry: `occupied`
// as a bitmap (only its contents matter: `neighborhood - occupied` reads it by lookup), `cands`
// and `neighborhood` with the pairs' hashes, `obj` with the cells' hashes (one cell per
// position, so a cell is named by its position's id) and `objs` with the objects' hashes. The
// cells, the pairs and the frozensets are built only for the result.

// Fuel per cell for building a huge grid's geometry before objects runs on it, charged up front
// so that a grid too large for the budget stops at once. Measured against closure calls (the
// rate the rest of the fuel follows, ~7.5 ns per unit): building takes ~75 ns per cell (random
// access into tables of tens of MB). The default fuel then stops grids beyond 4M cells; the
// largest objects call CPython finishes in the reference set has 1.6M.
inline constexpr int64_t kHugeGeometryCharge = 10;

// hash(v) for an int or bool v.
inline int64_t int_value_hash(const Value& v) {
  constexpr int64_t kSmall = (int64_t{1} << 61) - 1;
  if (v.i > -kSmall && v.i < kSmall) return gridutil::small_int_hash(v.i);
  return py_hash(v);
}

Value objects_fast(gridutil::Geometry& geo, const RectGrid& g, bool univalued, bool diagonal,
                   const Value& bg) {
  const int64_t h = g.h, w = g.w;
  geo.prepare_comp(diagonal);
  const int d = diagonal ? 1 : 0;
  const uint8_t* comp_mask = geo.comp_mask[d].data();
  const uint8_t* comp_used = geo.comp_used[d].data();
  const bool has_bg = !bg.is_none();
  const int64_t bgv = has_bg ? bg.i : 0;
  const size_t n = geo.ids();
  charge(1 + h * w);

  thread_local std::vector<int64_t> val;        // grid value by id
  thread_local std::vector<uint8_t> occupied;   // by id
  thread_local std::vector<int64_t> cell_hash;  // hash((v, (i, j))) by id, once the cell joins obj
  thread_local IdSet cands, next, neighborhood, obj, obj_copy, objs, objs_copy;
  val.resize(n);
  occupied.assign(n, 0);
  cell_hash.resize(n);
  uint64_t foreground = 0;  // cells the loop over `unvisited` does not skip at once
  for (int64_t i = 0; i < h; ++i) {
    const TupleObj* row = g.row(static_cast<uint32_t>(i));
    for (int64_t j = 0; j < w; ++j) {
      int64_t v = (*row)[j].i;
      val[geo.id(i, j)] = v;
      foreground += !has_bg || v != bgv;
    }
  }
  uint64_t occupied_count = 0;
  auto in_occupied = [&](int32_t k) { return occupied[k] != 0; };
  const int64_t* pair_hashes = geo.hashes.data();
  for (IdSet* s : {&cands, &next, &neighborhood}) s->rebind(pair_hashes);
  for (IdSet* s : {&obj, &obj_copy}) s->rebind(cell_hash.data());
  std::vector<Value> found;  // the objects, in the order objs.add sees them
  std::vector<int64_t> found_hash;
  found.reserve(16);
  found_hash.reserve(16);
  objs.rebind(found_hash.data());
  objs.reset();

  // A bool's hash is its int's: val[k] decides the cell's hash.
  auto add_cell = [&](int32_t k) {
    cell_hash[k] = gridutil::hash2(int_value_hash(Value::integer(val[k])), pair_hashes[k]);
    obj.add(k);
  };

  // `for loc in unvisited` visits the table's slots in order, skipping background cells. On a
  // mostly-background grid, find the few foreground cells' slots instead and visit those in
  // slot order: the same cells in the same order, without touching the whole table.
  const int32_t* order = geo.indices.data();
  thread_local std::vector<uint32_t> slots;
  slots.clear();
  const bool sparse = foreground * 32 < geo.indices_mask;
  if (sparse) {
    for (int64_t i = 0; i < h; ++i)
      for (int64_t j = 0; j < w; ++j) {
        int32_t k = geo.id(i, j);
        if (val[k] != bgv) {
          slots.push_back(IdSet::find_slot(order, geo.indices_mask,
                                           static_cast<uint64_t>(pair_hashes[k]), k));
        }
      }
    std::sort(slots.begin(), slots.end());
  }
  const size_t visits = sparse ? slots.size() : size_t{geo.indices_mask} + 1;
  for (size_t visit = 0; visit < visits; ++visit) {
    int32_t loc = order[sparse ? slots[visit] : visit];
    if (loc < 0 || occupied[loc]) continue;
    const int64_t v0 = val[loc];
    if (has_bg && v0 == bgv) continue;
    // obj = {(val, loc)}; cands = {loc}
    obj.reset();
    add_cell(loc);
    cands.reset();
    cands.add(loc);
    while (cands.size() > 0) {
      neighborhood.reset();
      cands.for_each([&](int32_t cand) {
        int64_t v = val[cand];
        if (univalued ? v == v0 : !(has_bg && v == bgv)) {
          if (cand != loc) add_cell(cand);  // obj already holds loc's cell
          if (!occupied[cand]) {
            occupied[cand] = 1;
            ++occupied_count;
          }
          const int32_t* around = geo.neighbours(diagonal, cand);
          neighborhood.merge(around, comp_mask[cand], comp_used[cand], comp_used[cand]);
        }
      });
      // Work in proportion to the time it takes (measured against closure calls, so that fuel,
      // not the wall-clock backstop, stops a long run): each candidate merges its 4 or 8
      // neighbours and the neighbourhood is filtered.
      charge(1 + static_cast<int64_t>(cands.size()) * (diagonal ? 16 : 8) + 2 * neighborhood.size());
      next.assign_difference(neighborhood, in_occupied, occupied_count);
      std::swap(cands, next);
    }
    // objs.add(frozenset(obj))
    obj_copy.reset();
    obj_copy.merge(obj);
    Value fo = gridutil::materialize(obj_copy, cell_hash.data(), [&](int32_t k) {
      int64_t i = geo.row(k), j = geo.col(k);
      Value pair = gridutil::tuple2_hashed(Value::integer(i), Value::integer(j), pair_hashes[k]);
      return gridutil::tuple2_hashed(g.at(static_cast<uint32_t>(i), static_cast<uint32_t>(j)), pair,
                                     cell_hash[k]);
    });
    found.push_back(fo);
    found_hash.push_back(py_hash(fo));
    objs.rebind(found_hash.data());
    objs.add(static_cast<int32_t>(found.size() - 1));
  }
  objs_copy.rebind(found_hash.data());
  objs_copy.reset();
  objs_copy.merge(objs);
  Value result =
      gridutil::materialize(objs_copy, found_hash.data(), [&](int32_t k) { return found[k]; });
  // Scratch sized for a huge grid is given back, so that it does not stay pinned for the run.
  if (n > static_cast<size_t>(gridutil::kMaxGeometryCells) * 4) {
    std::vector<int64_t>().swap(val);
    std::vector<uint8_t>().swap(occupied);
    std::vector<int64_t>().swap(cell_hash);
  }
  return result;
}

// Cells with the value `value`, in row-major order:
//   frozenset((v, (i, j)) for i, r in enumerate(grid) for j, v in enumerate(r) if v == value)
Value cells_of_value(const Value& grid, const Value& value) {
  return gridutil::row_major_cells(grid, [&](const Value& v) { return eq(v, value); });
}

// frozenset(frozenset(<cells of value>) for value in values)
Value partition_by(const Value& grid, const Value& values) {
  ElemRange vs = iterate(values);
  return in_genexpr([&] {
    SetTable out;
    for (const Value& value : vs) out.add(cells_of_value(grid, value));
    return out.freeze();
  });
}

// len(set(r)) == 1
bool one_distinct(const Value& r) {
  ElemRange items = iterate(r);
  charge(1 + py_len(r));
  if (r.is_tuple()) {
    // The common case: all items equal to the first.
    const TupleObj* t = r.t;
    if (t->size == 0) return false;
    const Value& first = (*t)[0];
    if (first.is_int()) {
      bool all_same = true;
      for (const Value& v : *t)
        if (!v.is_int() || v.i != first.i) {
          all_same = false;
          break;
        }
      if (all_same) return true;
    }
  }
  SetTable s;
  for (const Value& v : items) {
    s.add(v);
    if (s.size() > 1) return false;
  }
  return s.size() == 1;
}

// tuple(i for i, r in enumerate(rows) if len(set(r)) == 1)
std::vector<int64_t> uniform_indices(const Value& rows) {
  ElemRange items = iterate(rows);
  Frame genexpr;
  std::vector<int64_t> out;
  int64_t k = 0;
  for (const Value& r : items) {
    if (one_distinct(r)) out.push_back(k);
    ++k;
  }
  return out;
}

// frozenset({frozenset({(grid[i][j], (i, j)) for <the other coordinate>}) for <lines>})
template <class CellAt>
Value line_sets(const std::vector<int64_t>& lines, int64_t length, CellAt&& cell_at) {
  SetTable outer;
  {
    Frame comprehension;
    for (int64_t line : lines) {
      SetTable inner;
      {
        Frame comprehension2;
        charge(1 + length);
        for (int64_t k = 0; k < length; ++k) {
          int64_t hash;
          Value c = cell_at(line, k, &hash);
          inner.add_entry(c, hash);
        }
      }
      outer.add(gridutil::frozen_copy(inner));
    }
  }
  return gridutil::frozen_copy(outer);
}

}  // namespace

// def objects(grid: Grid, univalued: Boolean, diagonal: Boolean, without_bg: Boolean) -> Objects:
//     bg = mostcolor(grid) if without_bg else None
//     objs = set()
//     occupied = set()
//     h, w = len(grid), len(grid[0])
//     unvisited = asindices(grid)
//     diagfun = neighbors if diagonal else dneighbors
//     for loc in unvisited:
//         if loc in occupied:
//             continue
//         val = grid[loc[0]][loc[1]]
//         if val == bg:
//             continue
//         obj = {(val, loc)}
//         cands = {loc}
//         while len(cands) > 0:
//             neighborhood = set()
//             for cand in cands:
//                 v = grid[cand[0]][cand[1]]
//                 if (val == v) if univalued else (v != bg):
//                     obj.add((v, cand))
//                     occupied.add(cand)
//                     neighborhood |= {
//                         (i, j) for i, j in diagfun(cand) if 0 <= i < h and 0 <= j < w
//                     }
//             cands = neighborhood - occupied
//         objs.add(frozenset(obj))
//     return frozenset(objs)
Value objects_(const Value& grid, const Value& univalued, const Value& diagonal,
               const Value& without_bg) {
  Value bg = py_truthy(without_bg) ? dsl(mostcolor_, grid) : Value::none();
  auto [h, w] = grid_hw(grid);
  bool diag = py_truthy(diagonal);
  RectGrid g;
  // unvisited = asindices(grid) cannot raise once len(grid[0]) did: the fast path reads its
  // order from the grid's geometry.
  if (gridutil::as_rect(grid, g, true) && (bg.is_none() || bg.is_int())) {
    // asindices' frame and its generator's are the deepest the loop below goes.
    gridutil::touch_frames(2);
    if (h * w <= gridutil::kMaxGeometryCells) {
      return objects_fast(gridutil::geometry(h, w), g, py_truthy(univalued), diag, bg);
    }
    // A huge grid's geometry is built for this call only (and freed after it).
    charge(kHugeGeometryCharge * h * w);
    gridutil::Geometry geo;
    geo.build(h, w);
    return objects_fast(geo, g, py_truthy(univalued), diag, bg);
  }
  Value unvisited = dsl(asindices_, grid);
  return objects_general(grid, univalued, diag, bg, h, w, unvisited);
}

// def partition(grid: Grid) -> Objects:
//     return frozenset(
//         frozenset(
//             (v, (i, j)) for i, r in enumerate(grid) for j, v in enumerate(r) if v == value
//         ) for value in palette(grid)
//     )
Value partition_(const Value& grid) { return partition_by(grid, dsl(palette_, grid)); }

// def fgpartition(grid: Grid) -> Objects:
//     return frozenset(
//         frozenset(
//             (v, (i, j)) for i, r in enumerate(grid) for j, v in enumerate(r) if v == value
//         ) for value in palette(grid) - {mostcolor(grid)}
//     )
Value fgpartition_(const Value& grid) {
  Value colors = dsl(palette_, grid);
  Value bg = dsl(mostcolor_, grid);
  SetTable display;
  display.add(bg);
  Value fg = set_difference(colors.s, display.freeze().s);
  return partition_by(grid, fg);
}

// def occurrences(grid: Grid, obj: Object) -> Indices:
//     occs = set()
//     normed = normalize(obj)
//     h, w = len(grid), len(grid[0])
//     oh, ow = shape(obj)
//     h2, w2 = h - oh + 1, w - ow + 1
//     for i in range(h2):
//         for j in range(w2):
//             occurs = True
//             for v, (a, b) in shift(normed, (i, j)):
//                 if not (0 <= a < h and 0 <= b < w and grid[a][b] == v):
//                     occurs = False
//                     break
//             if occurs:
//                 occs.add((i, j))
//     return frozenset(occs)
Value occurrences_(const Value& grid, const Value& obj) {
  SetTable occs;
  Value normed = dsl(normalize_, obj);
  auto [h, w] = grid_hw(grid);
  auto [oh, ow] = unpack2(dsl(shape_, obj));
  Value h2 = py_add(py_sub(Value::integer(h), oh), Value::integer(1));
  Value w2 = py_add(py_sub(Value::integer(w), ow), Value::integer(1));
  if (!h2.is_int()) raise(Exc::TypeError);  // range()
  if (h2.i <= 0) return gridutil::frozen_copy(occs);
  if (!w2.is_int()) raise(Exc::TypeError);
  const int64_t H2 = h2.i, W2 = std::max<int64_t>(w2.i, 0);

  // When the grid is rectangular and normed is a frozenset of cells with small int coordinates,
  // shift(normed, (i, j)) and the loop cannot raise, so an occurrence is just every shifted
  // cell matching, whatever the order.
  RectGrid g;
  struct Cell {
    int64_t a, b;
    Value v;
  };
  std::vector<Cell> cells;
  bool fast = gridutil::as_rect(grid, g, false) && normed.is_set();
  if (fast) {
    constexpr int64_t kSmall = int64_t{1} << 40;
    for (const Value& e : elems(normed.s)) {
      if (!e.is_tuple() || e.t->size != 2 || !(*e.t)[1].is_tuple() || (*e.t)[1].t->size != 2) {
        fast = false;
        break;
      }
      const Value& a = (*(*e.t)[1].t)[0];
      const Value& b = (*(*e.t)[1].t)[1];
      if (!a.is_int() || !b.is_int() || a.i <= -kSmall || a.i >= kSmall || b.i <= -kSmall ||
          b.i >= kSmall) {
        fast = false;
        break;
      }
      cells.push_back({a.i, b.i, (*e.t)[0]});
    }
  }
  // shift(normed, (i, j))'s frame and, for a non-empty patch, its generator's.
  if (fast && W2 > 0) gridutil::touch_frames(cells.empty() ? 1 : 2);
  for (int64_t i = 0; i < H2; ++i) {
    for (int64_t j = 0; j < W2; ++j) {
      bool occurs = true;
      if (fast) {
        // What CPython spends here: shift's call and generator, then two units a cell (~200 ns:
        // building the shifted cell and adding it to the frozenset; the check is cheaper).
        charge(3 + 2 * static_cast<int64_t>(cells.size()));
        for (const Cell& c : cells) {
          int64_t a = c.a + i, b = c.b + j;
          if (!(0 <= a && a < h && 0 <= b && b < w && eq(g.at(a, b), c.v))) {
            occurs = false;
            break;
          }
        }
      } else {
        Value shifted = dsl(shift_, normed, gridutil::pair_hashed(i, j));
        for (const Value& e : iterate(shifted)) {
          charge(1);
          auto [v, ab] = unpack2(e);
          auto [a, b] = unpack2(ab);
          if (!(in_range(a, h) && in_range(b, w) && eq(py_getitem(py_getitem(grid, a), b), v))) {
            occurs = false;
            break;
          }
        }
      }
      if (occurs) occs.add_entry(gridutil::pair_hashed(i, j), gridutil::pair_hash(i, j));
    }
  }
  return gridutil::frozen_copy(occs);
}

// def frontiers(grid: Grid) -> Objects:
//     h, w = len(grid), len(grid[0])
//     row_indices = tuple(i for i, r in enumerate(grid) if len(set(r)) == 1)
//     column_indices = tuple(j for j, c in enumerate(dmirror(grid)) if len(set(c)) == 1)
//     hfrontiers = frozenset({frozenset({(grid[i][j], (i, j)) for j in range(w)}) for i in row_indices})
//     vfrontiers = frozenset({frozenset({(grid[i][j], (i, j)) for i in range(h)}) for j in column_indices})
//     return hfrontiers | vfrontiers
Value frontiers_(const Value& grid) {
  auto [h, w] = grid_hw(grid);
  std::vector<int64_t> rows = uniform_indices(grid);
  std::vector<int64_t> columns = uniform_indices(dsl(dmirror_, grid));
  auto cell = [&](int64_t i, int64_t j, int64_t* hash) {
    Value v = py_getitem(py_getitem(grid, i), j);
    return gridutil::cell_of(v, Value::integer(i), Value::integer(j), hash);
  };
  Value hf =
      line_sets(rows, w, [&](int64_t i, int64_t j, int64_t* hash) { return cell(i, j, hash); });
  Value vf =
      line_sets(columns, h, [&](int64_t j, int64_t i, int64_t* hash) { return cell(i, j, hash); });
  return set_union(hf.s, vf.s);
}

// def compress(grid: Grid) -> Grid:
//     ri = tuple(i for i, r in enumerate(grid) if len(set(r)) == 1)
//     ci = tuple(j for j, c in enumerate(dmirror(grid)) if len(set(c)) == 1)
//     return tuple(tuple(v for j, v in enumerate(r) if j not in ci) for i, r in enumerate(grid) if i not in ri)
Value compress_(const Value& grid) {
  std::vector<int64_t> ri = uniform_indices(grid);
  std::vector<int64_t> ci = uniform_indices(dsl(dmirror_, grid));
  ElemRange rows = iterate(grid);
  return in_genexpr([&] {
    std::vector<Value> out;
    std::vector<Value> row;
    size_t next_ri = 0;
    int64_t i = 0;
    for (const Value& r : rows) {
      // ri is ascending: `i not in ri` walks it once.
      if (next_ri < ri.size() && ri[next_ri] == i) {
        ++next_ri;
        ++i;
        continue;
      }
      ++i;
      ElemRange items = iterate(r);
      Frame genexpr;
      charge(1 + py_len(r));
      row.clear();
      size_t next_ci = 0;
      int64_t j = 0;
      for (const Value& v : items) {
        while (next_ci < ci.size() && ci[next_ci] < j) ++next_ci;
        if (!(next_ci < ci.size() && ci[next_ci] == j)) row.push_back(v);
        ++j;
      }
      out.push_back(make_tuple(row));
    }
    return make_tuple(out);
  });
}

}  // namespace batt::rt::prim
