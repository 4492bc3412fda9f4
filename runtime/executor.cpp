#include "runtime/executor.h"

#include <atomic>
#include <chrono>

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
    r.value = md5_16(canonical(o.value));
  } catch (const PyError& e) {  // an output too large to print
    r.status = Status::Memory;
    r.exc = e.exc;
    return r;
  }
  r.correct = s.output && py_eq(o.value, *s.output);
  if (s.kind == PairKind::Test) r.grid_json = grid_json(o.value);
  return r;
}

// The samples of one task: evaluated together, handed to the sink one by one.
struct Batch {
  size_t first = 0, count = 0;
  std::vector<std::vector<Record>> records;
};

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
  int threads = opt.threads > 0 ? opt.threads : tbb::info::default_concurrency();
  // Deep closures recurse in C++ as they do in Python: give workers room for 1000 frames.
  tbb::global_control stack(tbb::global_control::thread_stack_size, size_t{64} << 20);
  tbb::task_arena workers(threads);

  // Blocks of consecutive samples of one task.
  std::vector<std::pair<size_t, size_t>> blocks;
  for (size_t k = 0; k < tasks.samples.size();) {
    size_t e = k;
    while (e < tasks.samples.size() && tasks.samples[e].task == tasks.samples[k].task) ++e;
    blocks.push_back({k, e - k});
    k = e;
  }

  RunStats stats;
  std::atomic<uint64_t> errors{0}, timeouts{0};
  size_t next = 0;
  auto t0 = std::chrono::steady_clock::now();
  workers.execute([&] {
    tbb::parallel_pipeline(
        static_cast<size_t>(threads) * 2,
        tbb::make_filter<void, size_t>(tbb::filter_mode::serial_in_order,
                                       [&](tbb::flow_control& fc) -> size_t {
                                         if (next >= blocks.size()) {
                                           fc.stop();
                                           return 0;
                                         }
                                         return next++;
                                       }) &
            tbb::make_filter<size_t, Batch>(
                tbb::filter_mode::parallel,
                [&](size_t b) {
                  thread_local Arena values;
                  values.set_limit(opt.memory_bytes);
                  spill_arena().set_limit(opt.memory_bytes);
                  ArenaScope scope(values);
                  Batch batch{blocks[b].first, blocks[b].second, {}};
                  std::vector<Value> inputs;
                  for (size_t k = 0; k < batch.count; ++k)
                    inputs.push_back(tasks.samples[batch.first + k].input);
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
                }) &
            tbb::make_filter<Batch, void>(tbb::filter_mode::serial_in_order, [&](Batch b) {
              for (size_t k = 0; k < b.count; ++k) {
                stats.evaluations += b.records[k].size();
                sink(b.first + k, b.records[k]);
              }
              if (progress) progress(b.first + b.count);
            }));
  });
  stats.errors = errors;
  stats.timeouts = timeouts;
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return stats;
}

}  // namespace batt::rt
