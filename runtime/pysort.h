// CPython 3.11's list.sort (Objects/listobject.c, described in Objects/listsort.txt) as a
// header-only template: timsort with the "powersort" merge policy, which 3.11 introduced
// (found_new_run and powerloop replace merge_collapse's stack invariants).
//
// The port makes exactly CPython's calls to `lt` (its ISLT): the same pairs, in the same order,
// with the same operand on the left. That is what makes the result CPython's even when Python's
// `<` is only a partial order (frozenset `<` is the proper-subset test), and what makes an
// exception thrown by `lt` (a TypeError on mixed types) escape at the same comparison. `lt` is the
// only comparison used. CPython's unsafe_*_compare fast paths are not ported: they only speed up
// comparing keys of one builtin type, returning what PyObject_RichCompareBool(v, w, Py_LT) would.
//
// If `lt` throws, the exception propagates and the arrays are left as CPython leaves the list: a
// permutation of the input, with keys and values still paired.
//
// Every function names the C function it mirrors. Py_ssize_t is std::ptrdiff_t; errors reported by
// returning -1 in C are C++ exceptions here, so the C error checks have no counterpart.
#pragma once
#include <algorithm>
#include <cassert>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <type_traits>
#include <utility>
#include <vector>

namespace batt::rt::pysort {
namespace detail {

using ssize = std::ptrdiff_t;

// MIN_GALLOP: once in galloping mode, stay there until both runs win fewer than this many times in
// a row.
inline constexpr ssize kMinGallop = 7;

// The value type of a sort without values (CPython's sortslice with values == NULL). Never stored.
struct NoValues {};

// merge_compute_minrun: n itself if n < 64; else a k in [32, 64] such that n/k is a power of 2 or
// just below one.
inline ssize merge_compute_minrun(ssize n) {
  assert(n >= 0);
  ssize r = 0;  // becomes 1 if any 1 bits are shifted off
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

// powerloop: the "power" of the run [s1, s1 + n1) followed by a run of length n2, in a list of
// length n: the depth of the node between them in the conceptual binary merge tree, i.e. the first
// bit at which the binary fractions (s1 + n1/2) / n and (s1 + n1 + n2/2) / n differ. Works with
// the doubled midpoints so that everything stays an integer.
inline int powerloop(ssize s1, ssize n1, ssize n2, ssize n) {
  assert(s1 >= 0 && n1 > 0 && n2 > 0 && s1 + n1 + n2 <= n);
  ssize a = 2 * s1 + n1;  // 2 * midpoint of the first run
  ssize b = a + n1 + n2;  // 2 * midpoint of the second run
  int result = 0;
  for (;;) {
    ++result;
    if (a >= n) {  // both quotient bits are 1
      a -= n;
      b -= n;
    } else if (b >= n) {  // the bits differ
      break;
    }  // else both quotient bits are 0
    assert(a < b && b < n);
    a <<= 1;
    b <<= 1;
  }
  return result;
}

// MergeState, plus the functions of listobject.c that take one.
template <class K, class V, class Lt>
class MergeState {
  static constexpr bool kHasValues = !std::is_same_v<V, NoValues>;

 public:
  // merge_init, for `n` keys at `keys` and (unless V is NoValues) their values at `values`.
  MergeState(K* keys, V* values, ssize n, Lt& lt)
      : lt_(lt), listlen_(n), base_{keys, values, 0} {}

  // listsort_impl, from the run-finding loop to the final merge_force_collapse.
  void sort() {
    ssize nremaining = listlen_;
    if (nremaining < 2) return;
    // March over the array once, left to right, finding natural runs and extending short ones to
    // minrun elements.
    const ssize minrun = merge_compute_minrun(nremaining);
    Slice lo = base_;
    do {
      bool descending;
      ssize n = count_run(&lo.key(), &lo.key() + nremaining, descending);
      if (descending) reverse_sortslice(lo, n);
      // If short, extend to min(minrun, nremaining).
      if (n < minrun) {
        const ssize force = nremaining <= minrun ? nremaining : minrun;
        binarysort(lo, force, n);
        n = force;
      }
      found_new_run(n);
      pending_.push_back(Run{lo, n, 0});
      lo.advance(n);
      nremaining -= n;
    } while (nremaining);
    merge_force_collapse();
    assert(pending_.size() == 1 && pending_[0].len == listlen_);
  }

 private:
  // sortslice: a position in a keys array and the same position in its parallel values array, so
  // that keys and values always move together. CPython keeps two pointers; this keeps the array
  // bases and an index because merge_hi steps its cursors to one before the start of their arrays,
  // which an index may do but a C++ pointer may not.
  struct Slice {
    K* keys;
    V* values;  // unused when !kHasValues
    ssize pos;

    K& key(ssize i = 0) const { return keys[pos + i]; }
    // sortslice_advance
    void advance(ssize n) { pos += n; }
  };

  // s_slice: a pending run and its powersort power.
  struct Run {
    Slice base;
    ssize len;
    int power;
  };

  // The run-ending outcomes of merge_lo/merge_hi's main loop: CPython's `goto Succeed`, and
  // `goto CopyB` / `goto CopyA` (the single element left of one run goes at the far end).
  enum class MergeExit { kSucceed, kCopyLast };

  bool islt(const K& x, const K& y) { return static_cast<bool>(lt_(x, y)); }

  // sortslice_copy
  static void copy(const Slice& dst, ssize i, const Slice& src, ssize j) {
    dst.keys[dst.pos + i] = std::move(src.keys[src.pos + j]);
    if constexpr (kHasValues) dst.values[dst.pos + i] = std::move(src.values[src.pos + j]);
  }
  // sortslice_copy_incr
  static void copy_incr(Slice& dst, Slice& src) {
    copy(dst, 0, src, 0);
    dst.advance(1);
    src.advance(1);
  }
  // sortslice_copy_decr
  static void copy_decr(Slice& dst, Slice& src) {
    copy(dst, 0, src, 0);
    dst.advance(-1);
    src.advance(-1);
  }
  // sortslice_memcpy, and sortslice_memmove where the destination is below the source.
  static void move_n(const Slice& dst, ssize i, const Slice& src, ssize j, ssize n) {
    std::move(&src.keys[src.pos + j], &src.keys[src.pos + j] + n, &dst.keys[dst.pos + i]);
    if constexpr (kHasValues) {
      std::move(&src.values[src.pos + j], &src.values[src.pos + j] + n,
                &dst.values[dst.pos + i]);
    }
  }
  // sortslice_memmove where the destination is above the source.
  static void move_n_backward(const Slice& dst, ssize i, const Slice& src, ssize j, ssize n) {
    std::move_backward(&src.keys[src.pos + j], &src.keys[src.pos + j] + n,
                       &dst.keys[dst.pos + i] + n);
    if constexpr (kHasValues) {
      std::move_backward(&src.values[src.pos + j], &src.values[src.pos + j] + n,
                         &dst.values[dst.pos + i] + n);
    }
  }

  // reverse_sortslice
  static void reverse_sortslice(const Slice& s, ssize n) {
    std::reverse(&s.key(), &s.key() + n);
    if constexpr (kHasValues) std::reverse(&s.values[s.pos], &s.values[s.pos] + n);
  }

  // merge_getmem plus the sortslice_memcpy into ms->a that follows it: moves the n elements at `s`
  // into the temp arrays and returns a slice over them there.
  Slice stash(const Slice& s, ssize n) {
    tmp_keys_.assign(std::make_move_iterator(&s.key()), std::make_move_iterator(&s.key() + n));
    if constexpr (kHasValues) {
      tmp_values_.assign(std::make_move_iterator(&s.values[s.pos]),
                         std::make_move_iterator(&s.values[s.pos] + n));
    }
    return Slice{tmp_keys_.data(), tmp_values_.data(), 0};
  }

  // binarysort: sorts lo[0, n) by binary insertion, given that lo[0, start) is already sorted.
  // Stable: an element goes after every element it is not less than.
  void binarysort(const Slice& lo, ssize n, ssize start) {
    assert(0 <= start && start <= n);
    if (start == 0) ++start;
    for (; start < n; ++start) {
      // Set l to where the pivot lo[start] belongs. Invariants: pivot >= all in [0, l), and
      // pivot < all in [r, start).
      const K& pivot = lo.key(start);
      ssize l = 0;
      ssize r = start;
      do {
        const ssize p = l + ((r - l) >> 1);
        if (islt(pivot, lo.key(p))) {
          r = p;
        } else {
          l = p + 1;
        }
      } while (l < r);
      // Slide [l, start) up one slot and put the pivot at l.
      std::rotate(&lo.key(l), &lo.key(start), &lo.key(start) + 1);
      if constexpr (kHasValues) {
        V* values = &lo.values[lo.pos];
        std::rotate(values + l, values + start, values + start + 1);
      }
    }
  }

  // count_run (3.11): the length of the run starting at lo in [lo, hi), lo < hi. A run is the
  // longest non-descending prefix lo[0] <= lo[1] <= ..., or the longest strictly descending one
  // lo[0] > lo[1] > ... (strict, so that reversing it keeps the sort stable); `descending` says
  // which. "a <= b" is tested as !(b < a).
  ssize count_run(const K* lo, const K* hi, bool& descending) {
    assert(lo < hi);
    descending = false;
    ++lo;
    if (lo == hi) return 1;
    ssize n = 2;
    if (islt(*lo, *(lo - 1))) {
      descending = true;
      for (++lo; lo < hi && islt(*lo, *(lo - 1)); ++lo) ++n;
    } else {
      for (++lo; lo < hi && !islt(*lo, *(lo - 1)); ++lo) ++n;
    }
    return n;
  }

  // gallop_left: where key belongs in the sorted a[0, n), n > 0, to the left of any equal
  // elements: the k in [0, n] with a[k-1] < key <= a[k] (a[-1] = -inf, a[n] = +inf). The search
  // gallops out from a[hint], 0 <= hint < n, then finishes with a binary search.
  ssize gallop_left(const K& key, const K* a, ssize n, ssize hint) {
    assert(n > 0 && 0 <= hint && hint < n);
    a += hint;
    ssize lastofs = 0;
    ssize ofs = 1;
    if (islt(*a, key)) {
      // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
      const ssize maxofs = n - hint;  // a[n-1] is highest
      while (ofs < maxofs) {
        if (!islt(a[ofs], key)) break;
        lastofs = ofs;
        assert(ofs <= (PTRDIFF_MAX - 1) / 2);
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      // Translate back to offsets relative to a[0].
      lastofs += hint;
      ofs += hint;
    } else {
      // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
      const ssize maxofs = hint + 1;  // a[0] is lowest
      while (ofs < maxofs) {
        if (islt(*(a - ofs), key)) break;
        lastofs = ofs;
        assert(ofs <= (PTRDIFF_MAX - 1) / 2);
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      // Translate back to positive offsets relative to a[0].
      const ssize k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    a -= hint;
    assert(-1 <= lastofs && lastofs < ofs && ofs <= n);
    // Now a[lastofs] < key <= a[ofs]: binary search with invariant a[lastofs-1] < key <= a[ofs].
    ++lastofs;
    while (lastofs < ofs) {
      const ssize m = lastofs + ((ofs - lastofs) >> 1);
      if (islt(a[m], key)) {
        lastofs = m + 1;  // a[m] < key
      } else {
        ofs = m;  // key <= a[m]
      }
    }
    assert(lastofs == ofs);  // so a[ofs-1] < key <= a[ofs]
    return ofs;
  }

  // gallop_right: like gallop_left, but to the right of any equal elements: the k in [0, n] with
  // a[k-1] <= key < a[k].
  ssize gallop_right(const K& key, const K* a, ssize n, ssize hint) {
    assert(n > 0 && 0 <= hint && hint < n);
    a += hint;
    ssize lastofs = 0;
    ssize ofs = 1;
    if (islt(key, *a)) {
      // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
      const ssize maxofs = hint + 1;  // a[0] is lowest
      while (ofs < maxofs) {
        if (!islt(key, *(a - ofs))) break;
        lastofs = ofs;
        assert(ofs <= (PTRDIFF_MAX - 1) / 2);
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      // Translate back to positive offsets relative to a[0].
      const ssize k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
      const ssize maxofs = n - hint;  // a[n-1] is highest
      while (ofs < maxofs) {
        if (islt(key, a[ofs])) break;
        lastofs = ofs;
        assert(ofs <= (PTRDIFF_MAX - 1) / 2);
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      // Translate back to offsets relative to a[0].
      lastofs += hint;
      ofs += hint;
    }
    a -= hint;
    assert(-1 <= lastofs && lastofs < ofs && ofs <= n);
    // Now a[lastofs] <= key < a[ofs]: binary search with invariant a[lastofs-1] <= key < a[ofs].
    ++lastofs;
    while (lastofs < ofs) {
      const ssize m = lastofs + ((ofs - lastofs) >> 1);
      if (islt(key, a[m])) {
        ofs = m;  // key < a[m]
      } else {
        lastofs = m + 1;  // a[m] <= key
      }
    }
    assert(lastofs == ofs);  // so a[ofs-1] <= key < a[ofs]
    return ofs;
  }

  // merge_lo: stably merges the na elements at ssa with the nb elements right after them at ssb,
  // na <= nb, given that ssa.key(na-1) belongs at the end of the merge. A goes to the temp arrays
  // and the merge fills the array from the left.
  void merge_lo(Slice ssa, ssize na, Slice ssb, ssize nb) {
    assert(na > 0 && nb > 0 && ssa.keys == ssb.keys && ssa.pos + na == ssb.pos);
    Slice dest = ssa;
    ssa = stash(ssa, na);
    MergeExit exit;
    try {
      exit = merge_lo_loop(dest, ssa, na, ssb, nb);
    } catch (...) {
      // Fail: the na elements of A still in the temp arrays exactly fill the gap at dest.
      if (na) move_n(dest, 0, ssa, 0, na);
      throw;
    }
    if (exit == MergeExit::kSucceed) {
      if (na) move_n(dest, 0, ssa, 0, na);
    } else {
      // CopyB: the last element of A belongs at the end of the merge.
      assert(na == 1 && nb > 0);
      move_n(dest, 0, ssb, 0, nb);
      copy(dest, nb, ssa, 0);
    }
  }

  // The body of merge_lo from its first move to the Succeed and CopyB labels.
  MergeExit merge_lo_loop(Slice& dest, Slice& ssa, ssize& na, Slice& ssb, ssize& nb) {
    copy_incr(dest, ssb);
    --nb;
    if (nb == 0) return MergeExit::kSucceed;
    if (na == 1) return MergeExit::kCopyLast;

    ssize min_gallop = min_gallop_;
    for (;;) {
      ssize acount = 0;  // # of times A won in a row
      ssize bcount = 0;  // # of times B won in a row

      // Do the straightforward thing until (if ever) one run appears to win consistently.
      for (;;) {
        assert(na > 1 && nb > 0);
        if (islt(ssb.key(), ssa.key())) {
          copy_incr(dest, ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 0) return MergeExit::kSucceed;
          if (bcount >= min_gallop) break;
        } else {
          copy_incr(dest, ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na == 1) return MergeExit::kCopyLast;
          if (acount >= min_gallop) break;
        }
      }

      // One run is winning so consistently that galloping may be a huge win. So try that, and
      // continue galloping until (if ever) neither run appears to be winning consistently.
      ++min_gallop;
      do {
        assert(na > 1 && nb > 0);
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        ssize k = gallop_right(ssb.key(), &ssa.key(), na, 0);
        acount = k;
        if (k) {
          move_n(dest, 0, ssa, 0, k);
          dest.advance(k);
          ssa.advance(k);
          na -= k;
          if (na == 1) return MergeExit::kCopyLast;
          // na == 0 is impossible if `<` is a consistent total order, but it need not be.
          if (na == 0) return MergeExit::kSucceed;
        }
        copy_incr(dest, ssb);
        --nb;
        if (nb == 0) return MergeExit::kSucceed;

        k = gallop_left(ssa.key(), &ssb.key(), nb, 0);
        bcount = k;
        if (k) {
          move_n(dest, 0, ssb, 0, k);
          dest.advance(k);
          ssb.advance(k);
          nb -= k;
          if (nb == 0) return MergeExit::kSucceed;
        }
        copy_incr(dest, ssa);
        --na;
        if (na == 1) return MergeExit::kCopyLast;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;  // penalize it for leaving galloping mode
      min_gallop_ = min_gallop;
    }
  }

  // merge_hi: like merge_lo, for na >= nb: B goes to the temp arrays and the merge fills the array
  // from the right.
  void merge_hi(Slice ssa, ssize na, Slice ssb, ssize nb) {
    assert(na > 0 && nb > 0 && ssa.keys == ssb.keys && ssa.pos + na == ssb.pos);
    Slice dest = ssb;
    dest.advance(nb - 1);
    const Slice basea = ssa;
    const Slice baseb = stash(ssb, nb);
    ssb = baseb;
    ssb.advance(nb - 1);
    ssa.advance(na - 1);
    MergeExit exit;
    try {
      exit = merge_hi_loop(dest, ssa, na, ssb, nb, basea, baseb);
    } catch (...) {
      // Fail: the nb elements of B still in the temp arrays exactly fill the gap ending at dest.
      if (nb) move_n(dest, -(nb - 1), baseb, 0, nb);
      throw;
    }
    if (exit == MergeExit::kSucceed) {
      if (nb) move_n(dest, -(nb - 1), baseb, 0, nb);
    } else {
      // CopyA: the first element of B belongs at the front of the merge.
      assert(nb == 1 && na > 0);
      move_n_backward(dest, 1 - na, ssa, 1 - na, na);
      dest.advance(-na);
      ssa.advance(-na);
      copy(dest, 0, ssb, 0);
    }
  }

  // The body of merge_hi from its first move to the Succeed and CopyA labels.
  MergeExit merge_hi_loop(Slice& dest, Slice& ssa, ssize& na, Slice& ssb, ssize& nb,
                          const Slice& basea, const Slice& baseb) {
    copy_decr(dest, ssa);
    --na;
    if (na == 0) return MergeExit::kSucceed;
    if (nb == 1) return MergeExit::kCopyLast;

    ssize min_gallop = min_gallop_;
    for (;;) {
      ssize acount = 0;  // # of times A won in a row
      ssize bcount = 0;  // # of times B won in a row

      // Do the straightforward thing until (if ever) one run appears to win consistently.
      for (;;) {
        assert(na > 0 && nb > 1);
        if (islt(ssb.key(), ssa.key())) {
          copy_decr(dest, ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na == 0) return MergeExit::kSucceed;
          if (acount >= min_gallop) break;
        } else {
          copy_decr(dest, ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 1) return MergeExit::kCopyLast;
          if (bcount >= min_gallop) break;
        }
      }

      // One run is winning so consistently that galloping may be a huge win. So try that, and
      // continue galloping until (if ever) neither run appears to be winning consistently.
      ++min_gallop;
      do {
        assert(na > 0 && nb > 1);
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        ssize k = na - gallop_right(ssb.key(), &basea.key(), na, na - 1);
        acount = k;
        if (k) {
          dest.advance(-k);
          ssa.advance(-k);
          move_n_backward(dest, 1, ssa, 1, k);
          na -= k;
          if (na == 0) return MergeExit::kSucceed;
        }
        copy_decr(dest, ssb);
        --nb;
        if (nb == 1) return MergeExit::kCopyLast;

        k = nb - gallop_left(ssa.key(), &baseb.key(), nb, nb - 1);
        bcount = k;
        if (k) {
          dest.advance(-k);
          ssb.advance(-k);
          move_n(dest, 1, ssb, 1, k);
          nb -= k;
          if (nb == 1) return MergeExit::kCopyLast;
          // nb == 0 is impossible if `<` is a consistent total order, but it need not be.
          if (nb == 0) return MergeExit::kSucceed;
        }
        copy_decr(dest, ssa);
        --na;
        if (na == 0) return MergeExit::kSucceed;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;  // penalize it for leaving galloping mode
      min_gallop_ = min_gallop;
    }
  }

  // merge_at: merges the pending runs i and i+1, where i is the second- or third-last run.
  void merge_at(ssize i) {
    assert(pending_.size() >= 2 && i >= 0);
    assert(i == ssize(pending_.size()) - 2 || i == ssize(pending_.size()) - 3);
    Slice ssa = pending_[i].base;
    ssize na = pending_[i].len;
    const Slice ssb = pending_[i + 1].base;
    ssize nb = pending_[i + 1].len;
    assert(na > 0 && nb > 0 && ssa.pos + na == ssb.pos);

    // Record the length of the combined runs; run i+1 goes away, and if i is the third-last run,
    // the last run slides down over it.
    pending_[i].len = na + nb;
    pending_.erase(pending_.begin() + i + 1);

    // Where does b start in a? Elements in a before that are already in place.
    const ssize k = gallop_right(ssb.key(), &ssa.key(), na, 0);
    ssa.advance(k);
    na -= k;
    if (na == 0) return;

    // Where does a end in b? Elements in b after that are already in place.
    nb = gallop_left(ssa.key(na - 1), &ssb.key(), nb, nb - 1);
    if (nb == 0) return;

    // Merge what remains of the runs, using temp arrays with min(na, nb) elements.
    if (na <= nb) {
      merge_lo(ssa, na, ssb, nb);
    } else {
      merge_hi(ssa, na, ssb, nb);
    }
  }

  // found_new_run: a run of length n2 follows the topmost pending run. Computes the topmost run's
  // power and merges away the runs below it with greater power (powersort). The caller then
  // pushes the new run.
  void found_new_run(ssize n2) {
    if (pending_.empty()) return;
    const ssize s1 = pending_.back().base.pos;
    const ssize n1 = pending_.back().len;
    const int power = powerloop(s1, n1, n2, listlen_);
    while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power) {
      merge_at(ssize(pending_.size()) - 2);
    }
    assert(pending_.size() < 2 || pending_[pending_.size() - 2].power < power);
    pending_.back().power = power;
  }

  // merge_force_collapse: merges all pending runs into one, regardless of powers.
  void merge_force_collapse() {
    while (pending_.size() > 1) {
      ssize n = ssize(pending_.size()) - 2;
      if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
      merge_at(n);
    }
  }

  Lt& lt_;
  // Controls when merge_lo/merge_hi get *into* galloping mode. They nudge it higher for random
  // data and lower for highly structured data.
  ssize min_gallop_ = kMinGallop;
  const ssize listlen_;  // len(input list)
  const Slice base_;     // the whole input; pending runs' positions are relative to it
  std::vector<Run> pending_;  // runs yet to be merged, left to right, adjacent
  // Temp arrays for merge_lo/merge_hi (ms->a).
  std::vector<K> tmp_keys_;
  std::vector<V> tmp_values_;
};

// listsort_impl around the sort proper: reverse=True is a stable forward sort of the reversed
// input, reversed again afterwards. The final reversal happens even when `lt` throws.
template <class K, class V, class Lt>
void listsort(K* keys, V* values, ssize n, Lt& lt, bool reverse) {
  if (n < 2) return;
  MergeState<K, V, Lt> ms(keys, values, n, lt);
  if (!reverse) {
    ms.sort();
    return;
  }
  const auto reverse_all = [&] {
    std::reverse(keys, keys + n);
    if constexpr (!std::is_same_v<V, NoValues>) std::reverse(values, values + n);
  };
  reverse_all();
  try {
    ms.sort();
  } catch (...) {
    reverse_all();
    throw;
  }
  reverse_all();
}

}  // namespace detail

// list.sort(key=..., reverse=...) once the keys have been computed: sorts `keys` with CPython's
// algorithm, moving values[i] along with keys[i]. `lt(a, b)` is Python's `a < b` and may throw.
// Requires values.size() == keys.size().
template <class K, class V, class Lt>
  requires std::predicate<Lt&, const K&, const K&>
void timsort(std::vector<K>& keys, std::vector<V>& values, Lt lt, bool reverse = false) {
  assert(values.size() == keys.size());
  detail::listsort(keys.data(), values.data(), detail::ssize(keys.size()), lt, reverse);
}

// list.sort(reverse=...) without a key function: the elements are their own keys.
template <class K, class Lt>
  requires std::predicate<Lt&, const K&, const K&>
void timsort(std::vector<K>& keys, Lt lt, bool reverse = false) {
  detail::listsort(keys.data(), static_cast<detail::NoValues*>(nullptr),
                   detail::ssize(keys.size()), lt, reverse);
}

}  // namespace batt::rt::pysort
