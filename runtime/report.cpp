#include "runtime/report.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace batt::rt {
namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

// A candidate answer for one test input.
struct Prediction {
  uint32_t train_correct;
  uint32_t unique;
  std::string grid;  // JSON
};

}  // namespace

struct Report::TaskState {
  uint32_t train_pairs = 0, test_pairs = 0, test_known = 0;
  std::vector<uint32_t> train_correct;  // per unique solver
  std::vector<uint32_t> test_correct;
  std::vector<std::vector<Prediction>> predictions;  // per test input: the two best distinct
  std::vector<Value> test_inputs;
};

Report::Report(const TaskSet& tasks, std::vector<SolverInfo> solvers, size_t unique_count,
               ReportPaths paths)
    : tasks_(tasks), solvers_(std::move(solvers)), unique_(unique_count), paths_(std::move(paths)) {
  for (size_t t = 0; t < tasks_.ids.size(); ++t) {
    auto st = std::make_unique<TaskState>();
    st->train_correct.assign(unique_, 0);
    st->test_correct.assign(unique_, 0);
    state_.push_back(std::move(st));
  }
  for (const Sample& s : tasks_.samples) {
    TaskState& st = *state_[s.task];
    if (s.kind == PairKind::Train) {
      ++st.train_pairs;
    } else {
      ++st.test_pairs;
      st.test_known += s.output.has_value();
      st.predictions.emplace_back();
      st.test_inputs.push_back(s.input);
    }
  }
  if (!paths_.outputs.empty()) {
    outputs_.open(paths_.outputs);
    if (!outputs_.stream())
      errors_.push_back(fmt::format("{}: error: cannot write the outputs file", paths_.outputs));
    else
      outputs_.stream() << "solver\ttask\tkind\tindex\tstatus\tstrict\tvalue\tcorrect\n";
  }
}

Report::~Report() = default;

void Report::add(size_t sample, const std::vector<Record>& records) {
  const Sample& s = tasks_.samples[sample];
  TaskState& st = *state_[s.task];
  const std::string& task = tasks_.ids[s.task];
  if (outputs_.is_open()) {
    std::string lines;
    for (const SolverInfo& info : solvers_) {
      const Record& r = records[info.unique];
      lines += fmt::format("{}\t{}\t{}\t{}\t", info.name, task, pair_kind_name(s.kind), s.index);
      if (r.status == Status::Ok) {
        lines += fmt::format("ok\t{}\t{}\t{}\n", r.strict, r.value, r.correct ? 1 : 0);
      } else {
        Outcome o{r.status, r.exc, {}};
        lines += status_text(o) + "\t-\t-\t0\n";
      }
    }
    outputs_.stream() << lines;
  }
  for (uint32_t u = 0; u < records.size(); ++u) {
    if (!records[u].correct) continue;
    (s.kind == PairKind::Train ? st.train_correct : st.test_correct)[u]++;
  }
  if (s.kind != PairKind::Test) return;
  // Train pairs come before test pairs, so train scores are final here: keep the two best
  // distinct grids, ranked by train pairs right, then by solver order.
  std::vector<Prediction> cands;
  for (uint32_t u = 0; u < records.size(); ++u)
    if (records[u].grid_json && st.train_correct[u] > 0)
      cands.push_back({st.train_correct[u], u, *records[u].grid_json});
  std::stable_sort(cands.begin(), cands.end(), [](const Prediction& a, const Prediction& b) {
    return a.train_correct > b.train_correct;
  });
  auto& best = st.predictions[s.index];
  for (auto& c : cands) {
    if (best.size() == 2) break;
    if (best.empty() || best[0].grid != c.grid) best.push_back(std::move(c));
  }
}

Summary Report::finish(const RunStats& stats, size_t dag_nodes) {
  Summary s;
  s.solvers = solvers_.size();
  s.unique = unique_;
  s.dag_nodes = dag_nodes;
  s.tasks = tasks_.ids.size();
  s.samples = tasks_.samples.size();
  s.stats = stats;
  for (const auto& st : state_) {
    bool fitted = false, solved = false;
    for (size_t u = 0; u < unique_; ++u) {
      if (st->train_pairs == 0 || st->train_correct[u] != st->train_pairs) continue;
      fitted = true;
      solved |= st->test_known > 0 && st->test_correct[u] == st->test_known;
    }
    s.fitted_tasks += fitted;
    s.solved_tasks += solved;
  }
  if (outputs_.is_open() && !outputs_.commit()) {
    errors_.push_back(fmt::format("{}: error: writing failed", paths_.outputs));
  }
  if (!paths_.results.empty()) write_results(s);
  if (!paths_.submission.empty()) write_submission();
  if (!paths_.store.empty()) write_store();
  return s;
}

void Report::discard() { outputs_.discard(); }

void Report::write_results(const Summary& s) {
  ordered_json j;
  j["summary"] = {{"solvers", s.solvers},
                  {"unique", s.unique},
                  {"dag_nodes", s.dag_nodes},
                  {"tasks", s.tasks},
                  {"samples", s.samples},
                  {"tasks_fitted", s.fitted_tasks},
                  {"tasks_solved", s.solved_tasks},
                  {"evaluations", s.stats.evaluations},
                  {"errors", s.stats.errors},
                  {"timeouts", s.stats.timeouts},
                  {"seconds", s.stats.seconds}};
  // Names per unique body (duplicates included), in solver order.
  std::vector<std::vector<const SolverInfo*>> names(unique_);
  for (const SolverInfo& info : solvers_) names[info.unique].push_back(&info);
  ordered_json tasks = ordered_json::object();
  for (size_t t = 0; t < tasks_.ids.size(); ++t) {
    const TaskState& st = *state_[t];
    ordered_json fitting = ordered_json::array(), solving = ordered_json::array();
    for (size_t u = 0; u < unique_; ++u) {
      if (st.train_pairs == 0 || st.train_correct[u] != st.train_pairs) continue;
      bool solves_it = st.test_known > 0 && st.test_correct[u] == st.test_known;
      for (const SolverInfo* info : names[u]) {
        fitting.push_back(info->name);
        if (solves_it) solving.push_back(info->name);
      }
    }
    ordered_json preds = ordered_json::array();
    for (const auto& p : st.predictions) {
      ordered_json attempts = ordered_json::array();
      for (const Prediction& x : p) attempts.push_back(ordered_json::parse(x.grid));
      preds.push_back(attempts);
    }
    tasks[tasks_.ids[t]] = {{"fitting", fitting},
                            {"solved", !solving.empty()},
                            {"solving", solving},
                            {"predictions", preds}};
  }
  j["tasks"] = tasks;
  ordered_json solvers = ordered_json::object();
  for (const SolverInfo& info : solvers_) {
    ordered_json f = ordered_json::array(), sv = ordered_json::array();
    for (size_t t = 0; t < tasks_.ids.size(); ++t) {
      const TaskState& st = *state_[t];
      if (st.train_pairs == 0 || st.train_correct[info.unique] != st.train_pairs) continue;
      f.push_back(tasks_.ids[t]);
      if (st.test_known > 0 && st.test_correct[info.unique] == st.test_known)
        sv.push_back(tasks_.ids[t]);
    }
    ordered_json e = {{"hash", info.body_hash}};
    if (!info.duplicate_of.empty()) e["duplicate_of"] = info.duplicate_of;
    e["fits"] = f;
    e["solves"] = sv;
    solvers[info.name] = e;
  }
  j["solvers"] = solvers;
  if (!write_file_atomically(paths_.results, j.dump(1) + '\n'))
    errors_.push_back(fmt::format("{}: error: cannot write the results file", paths_.results));
}

void Report::write_submission() {
  ordered_json j = ordered_json::object();
  for (size_t t = 0; t < tasks_.ids.size(); ++t) {
    const TaskState& st = *state_[t];
    ordered_json entries = ordered_json::array();
    for (size_t k = 0; k < st.predictions.size(); ++k) {
      const auto& p = st.predictions[k];
      // Without a candidate, the test input itself is the (usual) fallback guess.
      ordered_json a1 = ordered_json::parse(
          p.size() > 0 ? p[0].grid : grid_json(st.test_inputs[k]).value_or("[[0]]"));
      ordered_json a2 = p.size() > 1 ? ordered_json::parse(p[1].grid) : a1;
      entries.push_back({{"attempt_1", a1}, {"attempt_2", a2}});
    }
    j[tasks_.ids[t]] = entries;
  }
  if (!write_file_atomically(paths_.submission, j.dump() + '\n'))
    errors_.push_back(fmt::format("{}: error: cannot write the submission file", paths_.submission));
}

void Report::write_store() {
  std::error_code ec;
  fs::path root(paths_.store);
  fs::create_directories(root / "solver_md5", ec);
  fs::create_directories(root / "solver_dir", ec);
  if (ec) {
    errors_.push_back(fmt::format("{}: error: cannot create the store ({})", paths_.store, ec.message()));
    return;
  }
  // The first solver name of each body is the one stored.
  std::vector<const SolverInfo*> first(unique_, nullptr);
  for (const SolverInfo& info : solvers_)
    if (!first[info.unique]) first[info.unique] = &info;
  std::vector<std::string> md5(unique_);
  for (size_t t = 0; t < tasks_.ids.size(); ++t) {
    const TaskState& st = *state_[t];
    for (size_t u = 0; u < unique_; ++u) {
      if (!first[u] || st.train_pairs == 0 || st.train_correct[u] != st.train_pairs) continue;
      if (md5[u].empty()) {
        md5[u] = md5_16(first[u]->source);
        if (!write_file_atomically(root / "solver_md5" / (md5[u] + ".py"), first[u]->source))
          errors_.push_back(fmt::format("{}: error: cannot write a solver", paths_.store));
      }
      // The score: pairs right, train and test.
      uint32_t score = st.train_correct[u] + st.test_correct[u];
      fs::path dir = root / "solver_dir" / ("solve_" + tasks_.ids[t]) / std::to_string(score);
      fs::create_directories(dir, ec);
      // A link made under a temporary name and renamed over the old one: never missing.
      fs::path link = dir / (md5[u] + ".py");
      fs::path temp = temporary_path(link);
      fs::remove(temp, ec);
      fs::create_symlink(fs::path("../../../solver_md5") / (md5[u] + ".py"), temp, ec);
      if (!ec) fs::rename(temp, link, ec);
      if (ec) errors_.push_back(fmt::format("{}: error: {}", link.string(), ec.message()));
    }
  }
}

}  // namespace batt::rt
