// Container primitives: combine .. pair.
#include "runtime/prim/prim.h"

namespace batt::rt::prim {
namespace {

// Python `set(x)`: a copy (set_merge) when x is a frozenset, items added in order otherwise.
SetTable set_from(const Value& x) {
  if (x.is_set()) return SetTable::copy_of(x.s);
  SetTable t;
  for (const Value& e : iterate(x)) t.add(e);
  return t;
}

std::vector<Value> set_items(const SetTable& t) {
  std::vector<Value> items;
  items.reserve(t.size());
  t.for_each([&](const Value& k, int64_t) { items.push_back(k); });
  return items;
}

// tuple.count(x): items == x. Only tuples have .count (AttributeError otherwise).
Value counter(const Value& container) {
  if (!container.is_tuple()) raise(Exc::AttributeError);
  return container;
}

// max/min(set(container), key=container.count), as mostcommon and leastcommon spell it.
template <bool kMax>
Value most_or_least(const Value& container) {
  SetTable s = set_from(container);
  const Value tup = counter(container);
  std::vector<Value> items = set_items(s);
  if (items.empty()) raise(Exc::ValueError);
  charge(static_cast<int64_t>(items.size()) * tup.t->size);
  auto count = [&](const Value& x) {
    int64_t n = 0;
    for (const Value& e : *tup.t) n += py_eq(e, x);
    return n;
  };
  Value best = items[0];
  int64_t best_key = count(best);
  for (size_t k = 1; k < items.size(); ++k) {
    int64_t key = count(items[k]);
    if (kMax ? key > best_key : key < best_key) {
      best = items[k];
      best_key = key;
    }
  }
  return best;
}

}  // namespace

// return type(a)((*a, *b))
Value combine_(const Value& a, const Value& b) {
  std::vector<Value> items;
  for (const Value& e : iterate(a)) items.push_back(e);
  for (const Value& e : iterate(b)) items.push_back(e);
  charge(static_cast<int64_t>(items.size()));
  if (a.is_tuple()) return make_tuple(items);
  SetTable t;
  for (const Value& e : items) t.add(e);
  return t.freeze();
}

// return a & b
Value intersection_(const Value& a, const Value& b) { return py_and(a, b); }

// return type(a)(e for e in a if e not in b)
Value difference_(const Value& a, const Value& b) {
  ElemRange r = iterate(a);
  return same_type_of(a, [&](auto emit) {
    for (const Value& e : r)
      if (!py_contains(b, e)) emit(e);
  });
}

// return tuple(e for i, e in enumerate(tup) if tup.index(e) == i)
Value dedupe_(const Value& tup) {
  ElemRange r = iterate(tup);
  return tuple_of([&](auto emit) {
    int64_t i = 0;
    for (const Value& e : r) {
      if (!tup.is_tuple()) raise(Exc::AttributeError);  // 'frozenset' object has no attribute 'index'
      int64_t first = 0;
      while (!py_eq((*tup.t)[first], e)) ++first;
      charge(first + 1);
      if (first == i) emit(e);
      ++i;
    }
  });
}

// return tuple(sorted(container, key=compfunc))
Value order_(const Value& container, const Value& compfunc) {
  return make_tuple(py_sorted(to_vector(container), &compfunc));
}

// return tuple(item for i in range(num))
Value repeat_(const Value& item, const Value& num) {
  std::vector<int64_t> r = py_range(0, as_int(num));
  TupleObj* t = new_tuple(r.size());
  for (size_t k = 0; k < r.size(); ++k) t->items()[k] = item;
  return finish_tuple(t);
}

// return len(container)
Value size_(const Value& container) { return Value::integer(py_len(container)); }

// return type(containers)(e for c in containers for e in c)
Value merge_(const Value& containers) {
  ElemRange r = iterate(containers);
  if (containers.is_set()) {
    // frozenset(...): the same adds in the same order, but a frozenset's keys come with the hashes
    // its table holds (py_hash of each, as add() would compute), so the keys themselves are
    // only touched when a slot's hash matches.
    SetTable table;
    in_genexpr([&] {
      for (const Value& c : r) {
        if (c.is_set()) {
          const uint32_t depth = c.s->depth - 1;  // a non-empty set is 1 + its deepest key
          for_each_entry(c.s, [&](const Value& key, int64_t hash) {
            table.add_entry(key, hash, depth);
          });
        } else {
          for (const Value& e : iterate(c)) table.add(e);
        }
        if (c.is_container()) charge(py_len(c));
      }
      return 0;
    });
    return table.freeze();
  }
  return same_type_of(containers, [&](auto emit) {
    for (const Value& c : r) {
      for (const Value& e : iterate(c)) emit(e);
      if (c.is_container()) charge(py_len(c));
    }
  });
}

// return max(container, default=0)
Value maximum_(const Value& container) {
  return py_max(to_vector(container), nullptr, Value::integer(0));
}

// return min(container, default=0)
Value minimum_(const Value& container) {
  return py_min(to_vector(container), nullptr, Value::integer(0));
}

// return compfunc(max(container, key=compfunc, default=0))
Value valmax_(const Value& container, const Value& compfunc) {
  return call(compfunc, py_max(to_vector(container), &compfunc, Value::integer(0)));
}

// return compfunc(min(container, key=compfunc, default=0))
Value valmin_(const Value& container, const Value& compfunc) {
  return call(compfunc, py_min(to_vector(container), &compfunc, Value::integer(0)));
}

// return max(container, key=compfunc)
Value argmax_(const Value& container, const Value& compfunc) {
  return py_max(to_vector(container), &compfunc, std::nullopt);
}

// return min(container, key=compfunc)
Value argmin_(const Value& container, const Value& compfunc) {
  return py_min(to_vector(container), &compfunc, std::nullopt);
}

// return max(set(container), key=container.count)
Value mostcommon_(const Value& container) { return most_or_least<true>(container); }

// return min(set(container), key=container.count)
Value leastcommon_(const Value& container) { return most_or_least<false>(container); }

// return frozenset({value})
Value initset_(const Value& value) { return set_of_one(value); }

// return type(container)(e for e in container if condition(e))
Value sfilter_(const Value& container, const Value& condition) {
  ElemRange r = iterate(container);
  return same_type_of(container, [&](auto emit) {
    for (const Value& e : r)
      if (py_truthy(call(condition, e))) emit(e);
  });
}

// return merge(sfilter(container, function))
Value mfilter_(const Value& container, const Value& function) {
  return merge_(sfilter_(container, function));
}

// return next(e for e in container if condition(e))
Value extract_(const Value& container, const Value& condition) {
  ElemRange r = iterate(container);
  std::optional<Value> found = in_genexpr([&]() -> std::optional<Value> {
    for (const Value& e : r)
      if (py_truthy(call(condition, e))) return e;
    return std::nullopt;
  });
  if (!found) raise(Exc::StopIteration);
  return *found;
}

// return tuple(container)
Value totuple_(const Value& container) {
  if (container.is_tuple()) return container;
  return make_tuple(to_vector(container));
}

// return next(iter(container))
Value first_(const Value& container) {
  ElemRange r = iterate(container);
  if (r.begin() == r.end()) raise(Exc::StopIteration);
  return *r.begin();
}

// return max(enumerate(container))[1]
// The enumerate indices differ, so the maximum is the last item and items are never compared.
Value last_(const Value& container) {
  ElemRange r = iterate(container);
  if (r.begin() == r.end()) raise(Exc::ValueError);
  Value last;
  for (const Value& e : r) last = e;
  return last;
}

// return container.union(frozenset({value}))
Value insert_(const Value& value, const Value& container) {
  if (!container.is_set()) raise(Exc::AttributeError);  // 'tuple' object has no attribute 'union'
  return set_union(container.s, set_of_one(value).s);
}

// return type(container)(e for e in container if e != value)
Value remove_(const Value& value, const Value& container) {
  ElemRange r = iterate(container);
  return same_type_of(container, [&](auto emit) {
    for (const Value& e : r)
      if (py_ne(e, value)) emit(e);
  });
}

// return first(remove(value, container))
Value other_(const Value& container, const Value& value) {
  return first_(remove_(value, container));
}

// return frozenset((i, j) for j in b for i in a)
Value product_(const Value& a, const Value& b) {
  ElemRange outer = iterate(b);
  return frozenset_of([&](auto emit) {
    for (const Value& j : outer)
      for (const Value& i : iterate(a)) emit(make_tuple({i, j}));
  });
}

// return tuple(zip(a, b))
Value pair_(const Value& a, const Value& b) {
  ElemRange ra = iterate(a);
  ElemRange rb = iterate(b);
  std::vector<Value> out;
  auto x = ra.begin();
  auto y = rb.begin();
  for (; x != ra.end() && y != rb.end(); ++x, ++y) out.push_back(make_tuple({*x, *y}));
  charge(static_cast<int64_t>(out.size()));
  return make_tuple(out);
}

}  // namespace batt::rt::prim
