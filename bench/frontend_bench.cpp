// Frontend throughput: solver files to the fused DAG (read, parse, resolve, inline, normalize,
// dedupe, fuse) on generated candidate solvers, at three sizes to show that time is linear in
// size, against CPython's own compile() of the same files measured in the same run.
//
// The candidates come from gen_candidates.py (mutations of the reference solvers). Goal: 100,000
// candidates in at most 3 s on the project's 2-core machine.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "frontend/Diagnostics.h"
#include "ir/Pipeline.h"

namespace {

constexpr size_t kGoalSolvers = 100000;
constexpr double kGoalSeconds = 3.0;

struct Options {
  std::string python = BATTC_PYTHON;
  std::string generator = BATTC_SOURCE_DIR "/bench/gen_candidates.py";
  std::string solvers = BATTC_SHARED_DIR "/arc-dsl/solvers.py";
  std::string primitives = BATTC_SOURCE_DIR "/runtime/primitives.def";
  std::string constants = BATTC_SOURCE_DIR "/runtime/constants.def";
  std::string workdir = std::filesystem::temp_directory_path().string();
  size_t count = kGoalSolvers;
  int repeats = 3;
};

std::string quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// The first `solvers` functions of a generated file (whose functions each start "\n\ndef ").
std::string prefix(const std::string& text, size_t solvers) {
  size_t pos = 0;
  for (size_t n = 0; n <= solvers; ++n) {
    pos = text.find("\n\ndef ", pos + 1);
    if (pos == std::string::npos) return text;
  }
  return text.substr(0, pos + 1);
}

struct Timing {
  double wall = 1e300;
  double cpu = 1e300;  // this process's CPU time: what the wall time would be on an idle machine
};

// The best of `repeats` runs of the whole pipeline, checking that every candidate compiles.
Timing timeBattc(const std::string& path, size_t expected, int repeats) {
  Timing best;
  for (int r = 0; r < repeats; ++r) {
    batt::frontend::DiagnosticEngine diags;
    auto start = std::chrono::steady_clock::now();
    std::clock_t cpuStart = std::clock();
    auto program = batt::ir::compile(std::vector<std::string>{path}, {}, diags);
    double cpu = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (diags.errorCount() != 0 || program->solvers.size() != expected) {
      throw std::runtime_error(fmt::format("{}: {} errors, {} solvers (expected {})", path,
                                           diags.errorCount(), program->solvers.size(), expected));
    }
    best.wall = std::min(best.wall, wall);
    best.cpu = std::min(best.cpu, cpu);
  }
  return best;
}

// CPython's parse and bytecode compilation of the same file (best of `repeats`).
double timeCPython(const Options& options, const std::string& path) {
  std::string script =
      "import sys, time\n"
      "src = open(sys.argv[1]).read()\n"
      "best = 1e300\n"
      "for _ in range(int(sys.argv[2])):\n"
      "    t = time.perf_counter(); compile(src, sys.argv[1], 'exec')\n"
      "    best = min(best, time.perf_counter() - t)\n"
      "print(best)\n";
  std::string command = fmt::format("{} -c {} {} {}", quote(options.python), quote(script),
                                    quote(path), options.repeats);
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run " + options.python);
  double seconds = 0;
  int fields = std::fscanf(pipe, "%lf", &seconds);
  if (pclose(pipe) != 0 || fields != 1) throw std::runtime_error("CPython compile() failed");
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{"Frontend throughput: generated candidate solvers to the fused DAG"};
  app.add_option("--count", options.count, "Candidates at the largest size");
  app.add_option("--repeats", options.repeats, "Runs per measurement (the best is kept)");
  app.add_option("--workdir", options.workdir,
                 "Where the candidate files are written (and removed)");
  app.add_option("--python", options.python, "CPython, for the generator and the reference");
  app.add_option("--solvers", options.solvers, "The reference solvers to mutate");
  CLI11_PARSE(app, argc, argv);

  try {
    std::string all = fmt::format("{}/candidates-{}.py", options.workdir, options.count);
    std::string generate =
        fmt::format("{} {} {} {} {} {} {}", quote(options.python), quote(options.generator),
                    quote(options.solvers), quote(options.primitives), quote(options.constants),
                    options.count, quote(all));
    if (std::system(generate.c_str()) != 0) throw std::runtime_error("generator failed");
    std::string text = readFile(all);

    std::cout << fmt::format("{:>9}  {:>8}  {:>8}  {:>9}  {:>19}  {:>6}\n", "solvers", "wall (s)",
                             "cpu (s)", "us/solver", "CPython compile (s)", "ratio");
    Timing largest;
    for (size_t count : {options.count / 4, options.count / 2, options.count}) {
      std::string path = fmt::format("{}/candidates-{}.py", options.workdir, count);
      if (count != options.count) std::ofstream(path, std::ios::binary) << prefix(text, count);
      largest = timeBattc(path, count, options.repeats);
      double cpython = timeCPython(options, path);
      std::filesystem::remove(path);
      std::cout << fmt::format("{:>9}  {:>8.3f}  {:>8.3f}  {:>9.2f}  {:>19.3f}  {:>5.1f}x\n", count,
                               largest.wall, largest.cpu, 1e6 * largest.cpu / count, cpython,
                               cpython / largest.wall);
    }
    if (options.count == kGoalSolvers) {
      std::cout << fmt::format("goal: {} solvers in <= {} s: {} (wall {:.2f} s, cpu {:.2f} s)\n",
                               kGoalSolvers, kGoalSeconds,
                               largest.wall <= kGoalSeconds ? "met" : "NOT met", largest.wall,
                               largest.cpu);
    }
  } catch (const std::exception& error) {
    std::cerr << "frontend_bench: " << error.what() << '\n';
    return 1;
  }
  return 0;
}
