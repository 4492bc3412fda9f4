// Patch bounds: height, width, shape, the extreme rows and columns, the corners, centres, and the
// shape tests (square, vline, hline). Transliterations of dsl.py (quoted above each), with the
// one-pass fast paths of patch_util.h for patches of plain int indices.
#include <optional>
#include <vector>

#include "runtime/prim/patch_util.h"

namespace batt::rt::prim {
using namespace patchutil;

namespace {

// min/max(i for i, j in toindices(patch)) (kCol 0) or of j (kCol 1).
template <bool kMax, int kCol>
Value extreme_of(const Value& patch) {
  Bounds b;
  if (int_bounds(patch, b)) {
    need_frames(2);  // min() and its generator
    if (kCol == 0) return integer(kMax ? b.bottom : b.top);
    return integer(kMax ? b.right : b.left);
  }
  Value indices = dsl(toindices_, patch);
  ElemRange r = iterate(indices);
  Frame builtin;
  Extreme<kMax> ex;
  in_genexpr([&] {
    int64_t n = 0;
    for (const Value& e : r) {
      auto ij = unpack(e);
      ex.feed(kCol == 0 ? ij.first : ij.second);
      ++n;
    }
    charge(n);
  });
  return ex.result();
}

// zip(*x) for a container x: its elements (each must be iterable) cut to the shortest one,
// stored row by row.
struct Zipped {
  std::vector<Value> cells;
  size_t rows = 0, cols = 0;
  const Value& at(size_t r, size_t c) const { return cells[r * cols + c]; }
};

Zipped zip_star(const Value& x) {
  Zipped z;
  std::vector<Value> elts = to_vector(x);
  size_t cols = SIZE_MAX;
  for (const Value& e : elts) {
    if (!e.is_container()) raise(Exc::TypeError);  // 'int' object is not iterable
    cols = std::min(cols, static_cast<size_t>(py_len(e)));
  }
  if (elts.empty()) cols = 0;
  z.rows = elts.size();
  z.cols = cols;
  charge(static_cast<int64_t>(z.rows * cols));
  z.cells.reserve(z.rows * cols);
  for (const Value& e : elts) {
    size_t k = 0;
    for (const Value& v : iterate(e)) {
      if (k++ == cols) break;
      z.cells.push_back(v);
    }
  }
  return z;
}

// tuple(map(f, zip(*toindices(patch)))) where f takes the min or max of a column: pick(k) says
// which for column k (raising KeyError past urcorner/llcorner's two-key dict). `lambda` says
// whether f is a Python lambda (one more frame per call) rather than the builtin min/max.
template <class Pick>
Value corner_of(const Value& patch, bool lambda, Pick pick) {
  Zipped z = zip_star(dsl(toindices_, patch));
  TupleObj* out = new_tuple(z.cols);
  for (size_t c = 0; c < z.cols; ++c) {
    std::optional<Frame> frame;
    if (lambda) frame.emplace();
    bool take_max = pick(c);
    Frame builtin;
    if (z.rows >= 2) need_frames(1);  // a comparison
    Value best = z.at(0, c);
    for (size_t r = 1; r < z.rows; ++r) {
      const Value& x = z.at(r, c);
      if (take_max ? py_gt(x, best) : py_lt(x, best)) best = x;
    }
    out->items()[c] = best;
  }
  return finish_tuple(out);
}

// {0: min, 1: max}[k] and {0: max, 1: min}[k]
bool ur_pick(size_t k) {
  if (k >= 2) raise(Exc::KeyError);
  return k == 1;
}
bool ll_pick(size_t k) {
  if (k >= 2) raise(Exc::KeyError);
  return k == 0;
}

// height(piece) // 2 etc.: height and width return ints.
int64_t half(const Value& n) { return int_floordiv(as_int(n), 2); }

}  // namespace

// def uppermost(patch: Patch) -> Integer:
//     return min(i for i, j in toindices(patch))
Value uppermost_(const Value& patch) { return extreme_of<false, 0>(patch); }

// def lowermost(patch: Patch) -> Integer:
//     return max(i for i, j in toindices(patch))
Value lowermost_(const Value& patch) { return extreme_of<true, 0>(patch); }

// def leftmost(patch: Patch) -> Integer:
//     return min(j for i, j in toindices(patch))
Value leftmost_(const Value& patch) { return extreme_of<false, 1>(patch); }

// def rightmost(patch: Patch) -> Integer:
//     return max(j for i, j in toindices(patch))
Value rightmost_(const Value& patch) { return extreme_of<true, 1>(patch); }

// def height(piece: Piece) -> Integer:
//     if len(piece) == 0:
//         return 0
//     if isinstance(piece, tuple):
//         return len(piece)
//     return lowermost(piece) - uppermost(piece) + 1
Value height_(const Value& piece) {
  int64_t n = py_len(piece);
  if (n == 0) return integer(0);
  if (piece.is_tuple()) return integer(n);
  Bounds b;
  if (int_bounds(piece, b, 1, 2)) {
    need_frames(3);  // lowermost -> max() -> generator
    return integer(int_add(int_sub(b.bottom, b.top), 1));
  }
  Value low = dsl(lowermost_, piece);
  Value up = dsl(uppermost_, piece);
  return py_add(py_sub(low, up), integer(1));
}

// def width(piece: Piece) -> Integer:
//     if len(piece) == 0:
//         return 0
//     if isinstance(piece, tuple):
//         return len(piece[0])
//     return rightmost(piece) - leftmost(piece) + 1
Value width_(const Value& piece) {
  int64_t n = py_len(piece);
  if (n == 0) return integer(0);
  if (piece.is_tuple()) return integer(py_len(py_getitem(piece, 0)));
  Bounds b;
  if (int_bounds(piece, b, 1, 2)) {
    need_frames(3);  // rightmost -> max() -> generator
    return integer(int_add(int_sub(b.right, b.left), 1));
  }
  Value right = dsl(rightmost_, piece);
  Value left = dsl(leftmost_, piece);
  return py_add(py_sub(right, left), integer(1));
}

// def shape(piece: Piece) -> IntegerTuple:
//     return (height(piece), width(piece))
Value shape_(const Value& piece) {
  Value h = dsl(height_, piece);
  Value w = dsl(width_, piece);
  return make_tuple({h, w});
}

// def portrait(piece: Piece) -> Boolean:
//     return height(piece) > width(piece)
Value portrait_(const Value& piece) {
  Value h = dsl(height_, piece);
  Value w = dsl(width_, piece);
  return Value::boolean(py_gt(h, w));
}

// def ulcorner(patch: Patch) -> IntegerTuple:
//     return tuple(map(min, zip(*toindices(patch))))
Value ulcorner_(const Value& patch) {
  Bounds b;
  if (int_bounds(patch, b)) {
    need_frames(b.cells || b.count >= 2 ? 2 : 1);  // toindices' generator, or a comparison
    return make_pair(b.top, b.left);
  }
  return corner_of(patch, false, [](size_t) { return false; });
}

// def urcorner(patch: Patch) -> IntegerTuple:
//     return tuple(map(lambda ix: {0: min, 1: max}[ix[0]](ix[1]),
//                      enumerate(zip(*toindices(patch)))))
Value urcorner_(const Value& patch) {
  Bounds b;
  if (int_bounds(patch, b)) {
    need_frames(b.count >= 2 ? 3 : 2);  // lambda -> min() -> a comparison
    return make_pair(b.top, b.right);
  }
  return corner_of(patch, true, ur_pick);
}

// def llcorner(patch: Patch) -> IntegerTuple:
//     return tuple(map(lambda ix: {0: max, 1: min}[ix[0]](ix[1]),
//                      enumerate(zip(*toindices(patch)))))
Value llcorner_(const Value& patch) {
  Bounds b;
  if (int_bounds(patch, b)) {
    need_frames(b.count >= 2 ? 3 : 2);  // lambda -> min() -> a comparison
    return make_pair(b.bottom, b.left);
  }
  return corner_of(patch, true, ll_pick);
}

// def lrcorner(patch: Patch) -> IntegerTuple:
//     return tuple(map(max, zip(*toindices(patch))))
Value lrcorner_(const Value& patch) {
  Bounds b;
  if (int_bounds(patch, b)) {
    need_frames(b.cells || b.count >= 2 ? 2 : 1);  // toindices' generator, or a comparison
    return make_pair(b.bottom, b.right);
  }
  return corner_of(patch, false, [](size_t) { return true; });
}

// def square(piece: Piece) -> Boolean:
//     return len(piece) == len(piece[0]) if isinstance(piece, tuple) else
//            height(piece) * width(piece) == len(piece) and height(piece) == width(piece)
Value square_(const Value& piece) {
  if (piece.is_tuple()) {
    int64_t n = py_len(piece);
    int64_t m = py_len(py_getitem(piece, 0));
    need_frames(1);  // the comparison (its result is returned, so it is not specialized)
    return Value::boolean(n == m);
  }
  // height and width are pure: evaluating them again gives the same values at the same depth.
  Value h = dsl(height_, piece);
  Value w = dsl(width_, piece);
  Value area = py_mul(h, w);
  if (!py_eq(area, integer(py_len(piece)))) return Value::boolean(false);
  return Value::boolean(py_eq(h, w));
}

// def vline(patch: Patch) -> Boolean:
//     return height(patch) == len(patch) and width(patch) == 1
Value vline_(const Value& patch) {
  Value h = dsl(height_, patch);
  if (!py_eq(h, integer(py_len(patch)))) return Value::boolean(false);
  return Value::boolean(py_eq(dsl(width_, patch), integer(1)));
}

// def hline(patch: Patch) -> Boolean:
//     return width(patch) == len(patch) and height(patch) == 1
Value hline_(const Value& patch) {
  Value w = dsl(width_, patch);
  if (!py_eq(w, integer(py_len(patch)))) return Value::boolean(false);
  return Value::boolean(py_eq(dsl(height_, patch), integer(1)));
}

// def centerofmass(patch: Patch) -> IntegerTuple:
//     return tuple(map(lambda x: sum(x) // len(patch), zip(*toindices(patch))))
Value centerofmass_(const Value& patch) {
  Value indices = dsl(toindices_, patch);
  if (py_len(indices) > 0) {
    // Pairs of plain ints: the two column sums directly.
    int64_t si = 0, sj = 0;
    bool ints = true;
    for (const Value& e : iterate(indices)) {
      if (e.kind != Kind::Tuple || e.t->size != 2 || (*e.t)[0].kind != Kind::Int ||
          (*e.t)[1].kind != Kind::Int) {
        ints = false;
        break;
      }
      si = int_add(si, (*e.t)[0].i);
      sj = int_add(sj, (*e.t)[1].i);
    }
    if (ints) {
      need_frames(1);  // the lambda
      charge(py_len(indices));
      int64_t n = py_len(patch);
      return make_pair(int_floordiv(si, n), int_floordiv(sj, n));
    }
  }
  Zipped z = zip_star(indices);
  TupleObj* out = new_tuple(z.cols);
  for (size_t c = 0; c < z.cols; ++c) {
    Frame lambda;
    Value sum = integer(0);
    for (size_t r = 0; r < z.rows; ++r) sum = py_add(sum, z.at(r, c));
    out->items()[c] = py_floordiv(sum, integer(py_len(patch)));
  }
  return finish_tuple(out);
}

// def center(patch: Patch) -> IntegerTuple:
//     return (uppermost(patch) + height(patch) // 2, leftmost(patch) + width(patch) // 2)
Value center_(const Value& patch) {
  Bounds b;
  if (patch.is_set() && int_bounds(patch, b, 2, 7)) {
    need_frames(4);  // height -> lowermost -> max() -> generator
    int64_t h = int_add(int_sub(b.bottom, b.top), 1);
    int64_t w = int_add(int_sub(b.right, b.left), 1);
    return make_pair(int_add(b.top, int_floordiv(h, 2)), int_add(b.left, int_floordiv(w, 2)));
  }
  Value up = dsl(uppermost_, patch);
  Value i = py_add(up, integer(half(dsl(height_, patch))));
  Value left = dsl(leftmost_, patch);
  Value j = py_add(left, integer(half(dsl(width_, patch))));
  return make_tuple({i, j});
}

// def corners(patch: Patch) -> Indices:
//     return frozenset({ulcorner(patch), urcorner(patch), llcorner(patch), lrcorner(patch)})
Value corners_(const Value& patch) {
  Value ul = dsl(ulcorner_, patch);
  Value ur = dsl(urcorner_, patch);
  Value ll = dsl(llcorner_, patch);
  Value lr = dsl(lrcorner_, patch);
  return frozen_display({ul, ur, ll, lr});
}

}  // namespace batt::rt::prim
