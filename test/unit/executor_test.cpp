// The executor: blocks of one task's samples, in-order hand-over, real parallelism from the
// calling thread, and room for deep recursion on every thread.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "runtime/arena.h"
#include "runtime/executor.h"
#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/primitives.h"

namespace batt::rt {
namespace {

// `tasks` tasks of `per_task` samples each; sample k's input is the int k.
TaskSet make_tasks(uint32_t tasks, uint32_t per_task) {
  TaskSet set;
  for (uint32_t t = 0; t < tasks; ++t) {
    set.ids.push_back("task" + std::to_string(t));
    for (uint32_t i = 0; i < per_task; ++i) {
      set.samples.push_back(
          {t, PairKind::Train, i, Value::integer(static_cast<int64_t>(set.samples.size())), {}});
    }
  }
  return set;
}

// One "solver" whose result is its input.
void identity_solver(std::span<const Value> inputs, std::vector<std::vector<Outcome>>& out) {
  out.assign(inputs.size(), {});
  for (size_t k = 0; k < inputs.size(); ++k) out[k] = {Outcome::ok(inputs[k])};
}

TEST(Executor, BlocksStayWithinOneTaskAndTheBatchSize) {
  TaskSet tasks = make_tasks(3, 5);
  for (int batch : {1, 2, 4, 10}) {
    std::atomic<bool> bad{false};
    EvaluateFn evaluate = [&](std::span<const Value> inputs, const RunOptions&,
                              std::vector<std::vector<Outcome>>& out) {
      if (inputs.size() > static_cast<size_t>(batch)) bad = true;
      // Samples of one task are consecutive ints k .. k+n-1 with k / 5 == (k+n-1) / 5.
      if (inputs.front().i / 5 != inputs.back().i / 5) bad = true;
      identity_solver(inputs, out);
    };
    RunOptions options;
    options.batch = batch;
    RunStats stats = run_samples(tasks, evaluate, [](size_t, std::vector<Record>&) {}, options);
    EXPECT_FALSE(bad) << "batch " << batch;
    EXPECT_EQ(stats.evaluations, 15u);
  }
}

TEST(Executor, RecordsReachTheSinkInSampleOrder) {
  TaskSet tasks = make_tasks(20, 3);
  std::vector<size_t> seen;
  std::vector<std::string> values;
  RunOptions options;
  options.threads = 2;
  run_samples(
      tasks,
      [](std::span<const Value> inputs, const RunOptions&, std::vector<std::vector<Outcome>>& out) {
        identity_solver(inputs, out);
      },
      [&](size_t sample, std::vector<Record>& records) {
        seen.push_back(sample);
        values.push_back(records.at(0).value);
      },
      options);
  ASSERT_EQ(seen.size(), 60u);
  for (size_t k = 0; k < seen.size(); ++k) {
    EXPECT_EQ(seen[k], k);
    EXPECT_EQ(values[k], md5_16(canonical(Value::integer(static_cast<int64_t>(k)))));
  }
}

// With two threads, two samples are evaluated at the same time throughout the run: samples 2k and
// 2k + 1 each wait (up to a deadline, so that a regression fails instead of hanging) until both
// have started. Before the pipeline got a big-stack thread of its own, the calling thread stopped
// taking work after the first block, and one sample ran at a time.
TEST(Executor, TwoThreadsKeepEvaluatingTwoSamplesAtOnce) {
  if (std::thread::hardware_concurrency() < 2) GTEST_SKIP() << "one core: TBB starts no worker";
  constexpr int kPairs = 8;
  TaskSet tasks = make_tasks(4, 2 * kPairs / 4);
  std::atomic<int> started[kPairs] = {};
  std::atomic<int> saw_both{0};
  RunOptions options;
  options.threads = 2;
  run_samples(
      tasks,
      [&](std::span<const Value> inputs, const RunOptions&, std::vector<std::vector<Outcome>>& out) {
        std::atomic<int>& pair = started[inputs.front().i / 2];
        ++pair;
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (pair < 2 && std::chrono::steady_clock::now() < deadline) std::this_thread::yield();
        if (pair >= 2) ++saw_both;
        identity_solver(inputs, out);
      },
      [](size_t, std::vector<Record>&) {}, options);
  EXPECT_EQ(saw_both, 2 * kPairs);
}

// power(f, n) nests n compose closures, and calling it recurses n Python frames deep: within the
// recursion limit that works on whichever thread runs the sample (the calling thread included,
// --threads 1); beyond it, it is a RecursionError there too, never a crash.
TEST(Executor, DeepClosuresRunOnEveryThread) {
  TaskSet tasks = make_tasks(1, 4);  // inputs 0..3: depth 900 for even inputs, 2000 for odd
  for (int threads : {1, 2}) {
    std::vector<Status> statuses;
    RunOptions options;
    options.threads = threads;
    run_samples(
        tasks,
        [](std::span<const Value> inputs, const RunOptions&, std::vector<std::vector<Outcome>>& out) {
          out.assign(inputs.size(), {});
          for (size_t k = 0; k < inputs.size(); ++k) {
            Value power = primitive_value(*find_primitive("power"));
            Value increment = primitive_value(*find_primitive("increment"));
            try {
              Value f = call(power, increment, Value::integer(inputs[k].i % 2 ? 2000 : 900));
              out[k] = {Outcome::ok(call(f, inputs[k]))};
            } catch (const PyError& e) {
              out[k] = {Outcome::raised(e.exc)};
            }
          }
        },
        [&](size_t, std::vector<Record>& records) { statuses.push_back(records.at(0).status); },
        options);
    EXPECT_EQ(statuses, (std::vector<Status>{Status::Ok, Status::Error, Status::Ok, Status::Error}))
        << threads << " threads";
  }
}

}  // namespace
}  // namespace batt::rt
