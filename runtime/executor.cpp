#include "runtime/executor.h"

#include "runtime/interrupt.h"

#include <atomic>
#include <chrono>
#include <exception>

#include <pthread.h>

#include <fmt/format.h>
#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include "runtime/arena.h"
#include "runtime/object.h"

namespace batt::rt {
namespace {

Record to_record(const Outcome& o, const Sample& s) {
  Record r;
  r.status = o.status;
  r.exc = o.exc;
  if (o.status != Status::Ok) return r;
  try {
    r.strict = md5_16(strict_form(o.value));
    r.value = repr_is_canonical(o.value) ? r.strict : md5_16(canonical(o.value));
  } catch (const PyError& e) {  // an output too large to print
    r.status = Status::Memory;
    r.exc = e.exc;
    return r;
  }
  r.correct = s.output && py_eq(o.value, *s.output);
  if (s.kind == PairKind::Test) r.grid_json = grid_json(o.value);
  return r;
}

// Consecutive samples of one task: evaluated together, handed to the sink one by one.
struct Batch {
  size_t first = 0, count = 0;
  std::vector<std::vector<Record>> records;
};

// Runs fn() on a new thread with a stack of `bytes` and waits for it; rethrows what fn threw.
// The executor's calling thread takes part in the work as a TBB worker does, and TBB only lets a
// thread take tasks while less than half of thread_stack_size is used by its stack. A main thread
// with the default 8 MB stack under a 64 MB setting would never take any: the run would use one
// core whatever --threads says.
void run_on_big_stack(size_t bytes, const std::function<void()>& fn) {
  struct Call {
    const std::function<void()>* fn;
    std::exception_ptr error;
  } call{&fn, nullptr};
  auto trampoline = [](void* arg) -> void* {
    auto* c = static_cast<Call*>(arg);
    try {
      (*c->fn)();
    } catch (...) {
      c->error = std::current_exception();
    }
    return nullptr;
  };
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, bytes);
  pthread_t thread;
  int rc = pthread_create(&thread, &attr, trampoline, &call);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    fn();  // no thread to be had: run here, on one core
    return;
  }
  pthread_join(thread, nullptr);
  if (call.error) std::rethrow_exception(call.error);
}

}  // namespace

std::optional<std::string> grid_json(const Value& v) {
  if (!v.is_tuple() || v.t->size == 0) return std::nullopt;
  const Value& first = (*v.t)[0];
  if (!first.is_tuple() || first.t->size == 0) return std::nullopt;
  // Far beyond any ARC grid (30 x 30); such outputs share rows and would print for hours.
  if (uint64_t{v.t->size} * first.t->size > (uint64_t{1} << 20)) return std::nullopt;
  std::string out = "[";
  for (uint32_t r = 0; r < v.t->size; ++r) {
    const Value& row = (*v.t)[r];
    if (!row.is_tuple() || row.t->size != first.t->size) return std::nullopt;
    out += r ? ", [" : "[";
    for (uint32_t c = 0; c < row.t->size; ++c) {
      const Value& x = (*row.t)[c];
      if (x.kind != Kind::Int) return std::nullopt;
      if (c) out += ", ";
      fmt::format_to(std::back_inserter(out), "{}", x.i);
    }
    out += "]";
  }
  out += "]";
  return out;
}

RunStats run_samples(const TaskSet& tasks, const EvaluateFn& evaluate, const SinkFn& sink,
                     const RunOptions& options, const std::function<void(size_t)>& progress) {
  RunOptions opt = options;
  if (opt.fuel <= 0) opt.fuel = kDefaultFuel;
  if (opt.timeout_ms <= 0) opt.timeout_ms = kDefaultTimeoutMs;
  if (opt.memory_bytes == 0) opt.memory_bytes = kDefaultMemoryBytes;
  if (opt.batch <= 0) opt.batch = kDefaultBatch;
  int threads = opt.threads > 0 ? opt.threads : tbb::info::default_concurrency();
  // Deep closures recurse in C++ as they do in Python: give every thread room for 1000 frames.
  constexpr size_t kStackBytes = size_t{64} << 20;

  // Blocks of at most opt.batch consecutive samples of one task.
  std::vector<std::pair<size_t, size_t>> blocks;
  for (size_t k = 0; k < tasks.samples.size();) {
    size_t e = k;
    while (e < tasks.samples.size() && e - k < static_cast<size_t>(opt.batch) &&
           tasks.samples[e].task == tasks.samples[k].task)
      ++e;
    blocks.push_back({k, e - k});
    k = e;
  }

  RunStats stats;
  std::atomic<uint64_t> errors{0}, timeouts{0};
  size_t next = 0;
  auto t0 = std::chrono::steady_clock::now();
  // Blocks waiting for the in-order sink hold only their records (their values are gone), so many
  // may be in flight: a slow block then does not leave the other threads idle.
  const size_t in_flight = static_cast<size_t>(threads) * 64;
  auto next_block = [&](tbb::flow_control& fc) -> size_t {
    if (next >= blocks.size() || interrupted()) {
      fc.stop();
      return 0;
    }
    return next++;
  };
  auto evaluate_block = [&](size_t b) {
    thread_local Arena values;
    values.set_limit(opt.memory_bytes);
    spill_arena().set_limit(opt.memory_bytes);
    ArenaScope scope(values);
    Batch batch{blocks[b].first, blocks[b].second, {}};
    std::vector<Value> inputs;
    for (size_t k = 0; k < batch.count; ++k) inputs.push_back(tasks.samples[batch.first + k].input);
    std::vector<std::vector<Outcome>> outcomes;
    evaluate(inputs, opt, outcomes);
    uint64_t e = 0, t = 0;
    batch.records.resize(batch.count);
    for (size_t k = 0; k < batch.count; ++k) {
      const Sample& s = tasks.samples[batch.first + k];
      batch.records[k].reserve(outcomes[k].size());
      for (const Outcome& o : outcomes[k]) {
        batch.records[k].push_back(to_record(o, s));
        e += o.status == Status::Error;
        t += o.status == Status::Timeout || o.status == Status::Memory;
      }
    }
    errors += e;
    timeouts += t;
    outcomes.clear();
    values.reset();
    spill_arena().reset();
    return batch;
  };
  auto hand_over = [&](Batch b) {
    for (size_t k = 0; k < b.count; ++k) {
      stats.evaluations += b.records[k].size();
      sink(b.first + k, b.records[k]);
    }
    if (progress) progress(b.first + b.count);
  };
  run_on_big_stack(kStackBytes, [&] {
    tbb::global_control stack(tbb::global_control::thread_stack_size, kStackBytes);
    tbb::task_arena workers(threads);
    workers.execute([&] {
      tbb::parallel_pipeline(
          in_flight,
          tbb::make_filter<void, size_t>(tbb::filter_mode::serial_in_order, next_block) &
              tbb::make_filter<size_t, Batch>(tbb::filter_mode::parallel, evaluate_block) &
              tbb::make_filter<Batch, void>(tbb::filter_mode::serial_in_order, hand_over));
    });
  });
  stats.errors = errors;
  stats.timeouts = timeouts;
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return stats;
}

}  // namespace batt::rt
