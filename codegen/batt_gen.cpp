// The helpers generated batt code calls, and batt_program() (runtime/batt_abi.h) built from the
// generated program table. Compiled once with battc and linked into every BATT program.
#include "codegen/batt_gen.h"

#include <array>
#include <span>
#include <utility>
#include <vector>

#include "runtime/arena.h"
#include "runtime/batt_abi.h"
#include "runtime/budget.h"
#include "runtime/constants.h"
#include "runtime/function.h"
#include "runtime/node_eval.h"
#include "runtime/profile.h"

namespace batt::gen {

using rt::Outcome;

struct Batch {
  size_t size;  // inputs in the batch
  const rt::RunOptions* options;
  Outcome* slots;         // node-major: slots[node * size + k] is the node on input k
  const uint32_t* nodes;  // the local numbers of the shard being called

  Outcome* slot(uint32_t local) const { return slots + size_t{nodes[local]} * size; }
};

namespace {

// The outcome of the first argument that failed on input k, in argument order, or nullptr.
const Outcome* first_failure(std::span<const Outcome* const> args, size_t k) {
  for (const Outcome* arg : args) {
    if (arg[k].status != rt::Status::Ok) return &arg[k];
  }
  return nullptr;
}

std::vector<const Outcome*> slots_of(const Batch& batch, std::initializer_list<uint32_t> locals) {
  std::vector<const Outcome*> slots;
  for (uint32_t local : locals) slots.push_back(batch.slot(local));
  return slots;
}

// Node `out` = body(operand values) on every input, for a node of any number of operands (a
// dynamic call, a tuple display): the first failed operand is the result; otherwise body() runs
// within the node's budget.
template <class Body>
void eval_operands(Batch& batch, uint32_t out, std::initializer_list<uint32_t> operands,
                   Body&& body) {
  Outcome* result = batch.slot(out);
  std::vector<const Outcome*> operand = slots_of(batch, operands);
  std::vector<Value> values(operand.size());
  for (size_t k = 0; k < batch.size; ++k) {
    if (const Outcome* failed = first_failure(operand, k)) {
      result[k] = *failed;
      continue;
    }
    for (size_t i = 0; i < operand.size(); ++i) values[i] = operand[i][k].value;
    result[k] = rt::eval_node_counted(*batch.options, batch.nodes[out],
                                      [&] { return body(std::span<const Value>(values)); });
  }
}

template <class Fn, size_t... I>
void eval_call(Batch& batch, uint32_t out, Fn fn, std::array<uint32_t, sizeof...(I)> locals,
               std::index_sequence<I...>) {
  Outcome* result = batch.slot(out);
  const std::array<const Outcome*, sizeof...(I)> arg = {batch.slot(locals[I])...};
  for (size_t k = 0; k < batch.size; ++k) {
    if (const Outcome* failed = first_failure(arg, k)) {
      result[k] = *failed;
      continue;
    }
    result[k] = rt::eval_node_counted(*batch.options, batch.nodes[out], [&] {
      // What rt::call does around a primitive, observable through RecursionError and Timeout:
      // the primitive's Python frame and one unit of fuel.
      rt::Frame frame;
      rt::charge(1);
      return fn(arg[I][k].value...);
    });
  }
}

// The program's constants and primitive values, built once in the immortal arena, and the
// runtime's view of the program.
struct Prepared {
  std::vector<Value> leaf_values;  // per leaf: its value (unused for inputs)
  std::vector<rt::BattSolver> solvers;
  rt::BattProgram abi;
};

// The constant whose first item is items[k]; k moves past it.
Value build_constant(const Constant* items, size_t& k) {
  const Constant& c = items[k++];
  switch (c.kind) {
    case Constant::None: return Value::none();
    case Constant::Bool: return Value::boolean(c.value != 0);
    case Constant::Int: return Value::integer(c.value);
    case Constant::Tuple: break;
  }
  std::vector<Value> elements;
  for (int64_t e = 0; e < c.value; ++e) elements.push_back(build_constant(items, k));
  return rt::make_tuple(elements);
}

void evaluate(std::span<const Value> inputs, const rt::RunOptions& options,
              std::vector<std::vector<Outcome>>& out);

Prepared prepare() {
  Prepared p;
  rt::ArenaScope scope(rt::immortal_arena());
  for (uint32_t k = 0; k < program.num_leaves; ++k) {
    const Leaf& leaf = program.leaves[k];
    Value v;
    if (leaf.op == Leaf::Const) {
      size_t item = leaf.payload;
      v = build_constant(program.constants, item);
      rt::prepare_shared(v);
    } else if (leaf.op == Leaf::PrimRef) {
      v = rt::primitive_value(static_cast<uint16_t>(leaf.payload));
    }
    p.leaf_values.push_back(v);
  }
  for (uint32_t k = 0; k < program.num_solvers; ++k) {
    const Solver& s = program.solvers[k];
    p.solvers.push_back({s.name, s.unique, s.body_hash, s.duplicate_of, s.source});
  }
  p.abi = {.abi_version = rt::kBattAbiVersion,
           .num_solvers = program.num_solvers,
           .solvers = p.solvers.data(),
           .num_unique = program.num_unique,
           .dag_nodes = program.dag_nodes,
           .evaluate = &evaluate,
           .num_nodes = program.num_nodes};
  return p;
}

const Prepared& prepared() {
  static const Prepared p = prepare();
  return p;
}

// The nodes of the fused DAG over the whole batch, node by node in the interpreter's order.
void evaluate(std::span<const Value> inputs, const rt::RunOptions& options,
              std::vector<std::vector<Outcome>>& out) {
  const Prepared& p = prepared();
  // Every slot a node reads was written earlier in this call, so the buffer is never cleared.
  thread_local std::vector<Outcome> slots;
  slots.resize(size_t{program.num_nodes} * inputs.size());
  Batch batch{inputs.size(), &options, slots.data(), nullptr};

  for (uint32_t l = 0; l < program.num_leaves; ++l) {
    const Leaf& leaf = program.leaves[l];
    Outcome* result = slots.data() + size_t{leaf.node} * inputs.size();
    for (size_t k = 0; k < inputs.size(); ++k) {
      if (leaf.op == Leaf::Raise) {
        result[k] = Outcome::raised(static_cast<rt::Exc>(leaf.payload));
      } else if (leaf.op != Leaf::Input) {
        result[k] = Outcome::ok(p.leaf_values[l]);
      } else {
        // A solver is called with the input as its only argument: a second parameter is
        // "missing 1 required positional argument", a TypeError.
        result[k] =
            leaf.payload == 0 ? Outcome::ok(inputs[k]) : Outcome::raised(rt::Exc::TypeError);
      }
    }
  }
  for (uint32_t k = 0; k < program.num_steps; ++k) {
    const Shard& shard = program.shards[program.schedule[k].shard];
    batch.nodes = shard.nodes;
    shard.run(batch, program.schedule[k].step);
  }

  out.resize(inputs.size());
  for (size_t k = 0; k < inputs.size(); ++k) {
    out[k].resize(program.num_unique);
    for (uint32_t u = 0; u < program.num_unique; ++u) {
      out[k][u] = slots[size_t{program.roots[u]} * inputs.size() + k];
    }
  }
}

}  // namespace

void eval(Batch& batch, uint32_t out, Prim1 fn, uint32_t a) {
  eval_call(batch, out, fn, {a}, std::make_index_sequence<1>());
}
void eval(Batch& batch, uint32_t out, Prim2 fn, uint32_t a, uint32_t b) {
  eval_call(batch, out, fn, {a, b}, std::make_index_sequence<2>());
}
void eval(Batch& batch, uint32_t out, Prim3 fn, uint32_t a, uint32_t b, uint32_t c) {
  eval_call(batch, out, fn, {a, b, c}, std::make_index_sequence<3>());
}
void eval(Batch& batch, uint32_t out, Prim4 fn, uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  eval_call(batch, out, fn, {a, b, c, d}, std::make_index_sequence<4>());
}

void eval_dynamic(Batch& batch, uint32_t out, std::initializer_list<uint32_t> operands) {
  eval_operands(batch, out, operands, [](std::span<const Value> values) {
    return rt::call(values[0], values.subspan(1));
  });
}

void eval_tuple(Batch& batch, uint32_t out, std::initializer_list<uint32_t> operands) {
  eval_operands(batch, out, operands,
                [](std::span<const Value> values) { return rt::make_tuple(values); });
}

void eval_seq(Batch& batch, uint32_t out, std::initializer_list<uint32_t> operands) {
  Outcome* result = batch.slot(out);
  std::vector<const Outcome*> operand = slots_of(batch, operands);
  for (size_t k = 0; k < batch.size; ++k) {
    const Outcome* failed = first_failure(operand, k);
    result[k] = failed ? *failed : operand.back()[k];
  }
}

}  // namespace batt::gen

extern "C" const batt::rt::BattProgram* batt_program() { return &batt::gen::prepared().abi; }
