// batt-eval: evaluates arc-dsl call expressions, one per line, on the C++ runtime, and prints each
// result in the protocol of test/parity/difftest (the same output pyeval.py gives for CPython):
//   ok<TAB>repr | ok<TAB><callable> | ok<TAB><address-ordered><TAB>canonical | error<TAB>Name |
//   timeout<TAB>-
// Input lines: `expr := NAME '(' [expr, ...] ')' | NAME | INT | True | False | None | tuple |
// frozenset() | frozenset((expr, ...))`; '#' lines are comments.
#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>

#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/constants.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/primitives.h"
#include "runtime/set.h"

namespace {

using namespace batt::rt;

struct SyntaxError {
  size_t pos;
  std::string what;
};

// A recursive-descent evaluator for the call syntax above. Arguments are evaluated left to right
// before the call, as in Python.
class Evaluator {
 public:
  explicit Evaluator(std::string_view s) : s_(s) {}

  Value run() {
    Value v = expr();
    end();
    return v;
  }

  // The line's top-level call with its arguments evaluated but the call not made (for --time).
  std::pair<Value, std::vector<Value>> top_call() {
    skip_ws();
    size_t start = p_;
    std::string_view n = name();
    auto id = find_primitive(n);
    if (!id) fail_at(start, "expected a call of a primitive");
    expect('(');
    std::vector<Value> a = args();
    end();
    return {primitive_value(*id), std::move(a)};
  }

 private:
  [[noreturn]] void fail(std::string what) { fail_at(p_, std::move(what)); }

  void end() {
    skip_ws();
    if (p_ != s_.size()) fail("trailing text");
  }
  [[noreturn]] void fail_at(size_t pos, std::string what) { throw SyntaxError{pos, std::move(what)}; }

  void skip_ws() {
    while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\t' || s_[p_] == '\r')) ++p_;
  }

  bool eat(char c) {
    skip_ws();
    if (p_ < s_.size() && s_[p_] == c) {
      ++p_;
      return true;
    }
    return false;
  }

  void expect(char c) {
    if (!eat(c)) fail(std::string("expected '") + c + "'");
  }

  std::string_view name() {
    size_t b = p_;
    while (p_ < s_.size() && (isalnum(static_cast<unsigned char>(s_[p_])) || s_[p_] == '_')) ++p_;
    return s_.substr(b, p_ - b);
  }

  // expr := INT | NAME | NAME '(' args ')' | '(' tuple ')'
  Value expr() {
    skip_ws();
    if (p_ >= s_.size()) fail("unexpected end of line");
    char c = s_[p_];
    if (c == '-' || isdigit(static_cast<unsigned char>(c))) return integer();
    if (c == '(') return tuple();
    size_t start = p_;
    std::string_view n = name();
    if (n.empty()) fail("expected an expression");
    if (eat('(')) return call(n, start);
    if (n == "True") return Value::boolean(true);
    if (n == "False") return Value::boolean(false);
    if (n == "None") return Value::none();
    if (auto c = find_constant(n)) return *c;
    if (auto id = find_primitive(n)) return primitive_value(*id);
    fail_at(start, "unknown name '" + std::string(n) + "'");
  }

  Value integer() {
    size_t b = p_;
    if (s_[p_] == '-') ++p_;
    while (p_ < s_.size() && isdigit(static_cast<unsigned char>(s_[p_]))) ++p_;
    int64_t v = 0;
    auto [ptr, ec] = std::from_chars(s_.data() + b, s_.data() + p_, v);
    if (ec != std::errc() || ptr != s_.data() + p_) fail("bad integer");
    return Value::integer(v);
  }

  // '(' ')' | '(' expr ',' ')' | '(' expr (',' expr)+ [','] ')'
  Value tuple() {
    expect('(');
    std::vector<Value> items;
    if (eat(')')) return make_tuple(items);
    items.push_back(expr());
    if (!eat(',')) fail("a parenthesized expression must be a tuple here");
    while (!eat(')')) {
      items.push_back(expr());
      if (!eat(',')) {
        expect(')');
        break;
      }
    }
    return make_tuple(items);
  }

  std::vector<Value> args() {
    std::vector<Value> out;
    if (eat(')')) return out;
    while (true) {
      out.push_back(expr());
      if (eat(')')) return out;
      expect(',');
    }
  }

  Value call(std::string_view n, size_t start) {
    if (n == "frozenset") {
      std::vector<Value> a = args();
      if (a.empty()) return empty_frozenset();
      if (a.size() != 1 || !a[0].is_tuple()) fail("frozenset takes one tuple literal");
      SetTable t;
      for (const Value& e : *a[0].t) t.add(e);
      return t.freeze();
    }
    auto id = find_primitive(n);
    if (!id) fail_at(start, "unknown primitive '" + std::string(n) + "'");
    std::vector<Value> a = args();
    return batt::rt::call(primitive_value(*id), a);
  }

  std::string_view s_;
  size_t p_ = 0;
};

// Whether a frozenset inside `v` holds a function or None (its order is address-based in
// CPython). Each object is visited once: outputs can share one row a million times.
bool is_address_ordered(const Value& v, std::unordered_set<const void*>& seen) {
  if (v.is_tuple()) {
    if (!seen.insert(v.t).second) return false;
    for (const Value& e : *v.t)
      if (is_address_ordered(e, seen)) return true;
    return false;
  }
  if (v.is_set()) {
    if (!seen.insert(v.s).second) return false;
    for (const Value& e : elems(v.s))
      if (holds_address_hashed(e) || is_address_ordered(e, seen)) return true;
  }
  return false;
}

// repr with every function written <callable> (their repr holds an address). Like py_repr, text
// past 64 MiB raises Exc::Memory.
void print_value(std::string& out, const Value& v) {
  if (out.size() > (size_t{1} << 26)) raise(Exc::Memory);
  if (v.is_function()) {
    out += "<callable>";
  } else if (v.is_tuple()) {
    out += '(';
    for (uint32_t k = 0; k < v.t->size; ++k) {
      if (k) out += ", ";
      print_value(out, (*v.t)[k]);
    }
    out += v.t->size == 1 ? ",)" : ")";
  } else if (v.is_set() && v.s->used) {
    out += "frozenset({";
    bool first = true;
    for (const Value& e : elems(v.s)) {
      if (!first) out += ", ";
      first = false;
      print_value(out, e);
    }
    out += "})";
  } else {
    py_repr_to(out, v);
  }
}

std::string evaluate_line(std::string_view line, int64_t fuel, int64_t timeout_ms) {
  Arena arena;
  ArenaScope scope(arena);
  begin_evaluation(fuel, timeout_ms);
  try {
    Value v = Evaluator(line).run();
    std::unordered_set<const void*> seen;
    if (is_address_ordered(v, seen)) return "ok\t<address-ordered>\t" + canonical(v);
    std::string out = "ok\t";
    print_value(out, v);
    return out;
  } catch (const PyError& e) {
    if (is_budget(e.exc)) return "timeout\t-";
    return "error\t" + std::string(exc_name(e.exc));
  } catch (const std::bad_alloc&) {  // a value too large to print
    return "timeout\t-";
  }
}

// Mean nanoseconds per call of the line's top-level call over `reps` calls (arguments built once;
// each call's allocations are freed before the next).
std::string time_line(std::string_view line, int reps) {
  Arena args_arena;
  ArenaScope args_scope(args_arena);
  begin_evaluation(0, 0);
  Value f;
  std::vector<Value> args;
  try {
    std::tie(f, args) = Evaluator(line).top_call();
  } catch (const PyError& e) {
    return "time\terror:" + std::string(exc_name(e.exc));
  }
  for (const Value& a : args) prepare_shared(a);
  Arena scratch;
  ArenaScope scope(scratch);
  try {
    batt::rt::call(f, args);  // a call that raises is reported, not timed
  } catch (const PyError& e) {
    return "time\terror:" + std::string(exc_name(e.exc));
  }
  scratch.reset();
  auto t0 = std::chrono::steady_clock::now();
  for (int k = 0; k < reps; ++k) {
    batt::rt::call(f, args);
    scratch.reset();
  }
  auto ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count();
  return fmt::format("time\t{:.1f}", ns / reps);
}

int usage() {
  std::cerr << "usage: batt-eval CALLS RESULTS [--fuel N] [--timeout-ms MS] [--time REPS]\n"
               "Evaluates one arc-dsl call expression per line of CALLS on the battc runtime and\n"
               "writes one result line per call to RESULTS (protocol: test/parity/difftest).\n"
               "--time REPS: instead, time each line's top-level call (arguments built once)\n"
               "and write `time<TAB>nanoseconds per call` (used by bench/).\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> pos;
  int64_t fuel = 0, timeout_ms = 2000;
  int time_reps = 0;
  for (int k = 1; k < argc; ++k) {
    std::string a = argv[k];
    if (a == "-h" || a == "--help") return usage(), 0;
    if (a == "--fuel" && k + 1 < argc) {
      fuel = std::stoll(argv[++k]);
    } else if (a == "--time" && k + 1 < argc) {
      time_reps = std::stoi(argv[++k]);
    } else if (a == "--timeout-ms" && k + 1 < argc) {
      timeout_ms = std::stoll(argv[++k]);
    } else {
      pos.push_back(a);
    }
  }
  if (pos.size() != 2) return usage();
  std::ifstream in(pos[0]);
  if (!in) {
    std::cerr << "batt-eval: error: cannot open '" << pos[0] << "'\n";
    return 1;
  }
  std::ofstream out(pos[1]);
  if (!out) {
    std::cerr << "batt-eval: error: cannot write '" << pos[1] << "'\n";
    return 1;
  }
  std::string line;
  size_t lineno = 0;
  int status = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    try {
      out << (time_reps > 0 ? time_line(line, time_reps) : evaluate_line(line, fuel, timeout_ms))
          << '\n';
    } catch (const SyntaxError& e) {
      std::cerr << pos[0] << ":" << lineno << ":" << e.pos + 1 << ": error: " << e.what << "\n";
      out << "error\tSyntaxError\n";
      status = 1;
    }
  }
  return status;
}
