// fuzz_interpreter: the input's bytes choose a small grid (1x1 to 5x5) and a well-formed solver of
// a few lines: each line calls a primitive of the table (or, sometimes, an earlier variable) on
// arguments drawn from the input, earlier variables, constants, primitives and small ints. The
// solver goes through the pipeline and the DAG interpreter with 100,000 units of fuel and a 64 MiB
// arena; every run must end in a value, an exception or a timeout, never a crash.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/Diagnostics.h"
#include "fuzz/bytes.h"
#include "interp/interpreter.h"
#include "ir/Lower.h"
#include "ir/Pipeline.h"
#include "runtime/arena.h"
#include "runtime/budget.h"
#include "runtime/error.h"
#include "runtime/object.h"
#include "runtime/primitives.h"

using namespace batt;

namespace {

constexpr std::string_view kConstants[] = {
#define BATT_CONST_BOOL(name, v) #name,
#define BATT_CONST_INT(name, v) #name,
#define BATT_CONST_PAIR(name, a, b) #name,
#include "runtime/constants.def"
};

std::string argument(fuzz::Bytes& in, int vars) {
  switch (in.below(8)) {
    case 0: return "I";
    case 1: case 2: case 3: return vars ? "x" + std::to_string(1 + in.below(vars)) : "I";
    case 4: return std::string(kConstants[in.below(std::size(kConstants))]);
    case 5: return std::string(rt::primitive(in.below(rt::kNumPrimitives)).name);
    case 6: return std::to_string(in.below(10));
    default: return vars ? "x" + std::to_string(vars) : "I";
  }
}

// The solver's text; `lines` lines, the last one returned.
std::string solver(fuzz::Bytes& in) {
  std::string text = "from dsl import *\nfrom constants import *\n\n\ndef solve_fuzz(I):\n";
  const int lines = 1 + static_cast<int>(in.below(6));
  for (int v = 0; v < lines; ++v) {
    std::string callee;
    size_t arity;
    if (v > 0 && in.below(8) == 0) {  // an earlier variable, maybe a function
      callee = "x" + std::to_string(1 + in.below(v));
      arity = 1 + in.below(2);
    } else {
      const rt::PrimitiveInfo& p = rt::primitive(in.below(rt::kNumPrimitives));
      callee = std::string(p.name);
      arity = p.arity;
    }
    text += "    x" + std::to_string(v + 1) + " = " + callee + "(";
    for (size_t a = 0; a < arity; ++a) text += (a ? ", " : "") + argument(in, v);
    text += ")\n";
  }
  text += "    return x" + std::to_string(lines) + "\n";
  return text;
}

rt::Value grid(fuzz::Bytes& in) {
  const size_t h = 1 + in.below(5), w = 1 + in.below(5);
  std::vector<rt::Value> rows;
  for (size_t i = 0; i < h; ++i) {
    std::vector<rt::Value> row;
    for (size_t j = 0; j < w; ++j) row.push_back(rt::Value::integer(in.below(10)));
    rows.push_back(rt::make_tuple(row));
  }
  return rt::make_tuple(rows);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr size_t kMemory = size_t{64} << 20;
  // Lowering (its constants) and the input grid are built outside any evaluation, as battc builds
  // them before its first: the last run's budget may be spent.
  rt::begin_evaluation(0, 0);
  fuzz::Bytes in(data, size);
  std::vector<ir::SourceText> files = {{"fuzz.py", solver(in)}};
  frontend::DiagnosticEngine diags;
  std::unique_ptr<ir::Program> program = ir::compileSources(files, {}, diags);
  if (diags.hasErrors() || program->solvers.size() != 1) {
    std::fprintf(stderr, "fuzz_interpreter: the generated solver did not compile:\n%s\n",
                 files[0].text.c_str());
    std::abort();
  }
  rt::Program runtime = ir::lowerToRuntime(*program);

  static rt::Arena values;
  values.set_limit(kMemory);
  rt::spill_arena().set_limit(kMemory);
  {
    rt::ArenaScope scope(values);
    std::vector<rt::Value> inputs = {grid(in)};
    rt::RunOptions options;
    options.fuel = 100'000;
    options.timeout_ms = 10'000;
    std::vector<std::vector<rt::Outcome>> out;
    interp::evaluate(runtime, inputs, options, out);
    for (const rt::Outcome& o : out.at(0)) {
      try {
        (void)rt::outcome_columns(o, inputs[0]);  // repr, canonical form and hashes
      } catch (const rt::PyError&) {  // an output too large to print
      }
    }
  }
  values.reset();
  rt::spill_arena().reset();
  return 0;
}
