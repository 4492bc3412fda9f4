#include "tools/battc/compiled.h"

#include <csignal>

#include "runtime/atomic_file.h"
#include "runtime/interrupt.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <vector>

#include <fmt/format.h>

#include "codegen/build.h"
#include "codegen/emit.h"

namespace batt::driver {

namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Emits C++ for the program; reports a malformed program as the internal error it is.
std::optional<codegen::Emitted> emit(const rt::Program& program, const rt::ProgramInfo& info) {
  codegen::Emitted emitted = codegen::emit_cpp(program, info);
  for (const std::string& error : emitted.errors) {
    std::cerr << "battc: internal error: cannot emit C++: " << error << '\n';
  }
  if (!emitted.errors.empty()) return std::nullopt;
  return emitted;
}

void printBuildTimes(std::ostream& out, double emitSeconds, const codegen::BuildResult& built,
                     const codegen::Emitted& emitted) {
  size_t bytes = 0;
  for (const codegen::SourceFile& file : emitted.files) bytes += file.text.size();
  out << fmt::format("build timings (seconds):\n  {:<14} {:9.4f}  ({} files, {} bytes)\n", "emit",
                     emitSeconds, emitted.files.size(), bytes);
  for (const codegen::UnitReport& unit : built.units) {
    out << fmt::format("  {:<14} {:9.4f}  {}\n", unit.name, unit.seconds,
                       unit.cached ? "cached" : "compiled");
  }
  out << fmt::format("  {:<14} {:9.4f}\n  {:<14} {:9.4f}{}\n  {:<14} {:9.4f}\n", "compile",
                     built.compile_seconds, "link", built.link_seconds,
                     built.link_cached ? "  cached" : "", "total",
                     emitSeconds + built.total_seconds);
}

}  // namespace

void addBuildOptions(CLI::App& command, BuildFlags& flags) {
  command.add_option("--emit-cpp", flags.emitCpp, "Also write the generated C++ to FILE");
  command.add_option("--jobs", flags.jobs, "Parallel compilations (default: all cores)")
      ->check(CLI::PositiveNumber);
  command.add_option("--cache-dir", flags.cacheDir,
                     "Cache of compiled objects (default: $BATTC_CACHE_DIR, "
                     "$XDG_CACHE_HOME/battc or ~/.cache/battc)");
  command.add_flag("--time-build", flags.timeBuild,
                   "Print, per generated file, whether it was cached and its compile time");
}

std::optional<std::string> buildCompiled(const rt::Program& program, const rt::ProgramInfo& info,
                                         const BuildFlags& flags) {
  auto start = std::chrono::steady_clock::now();
  std::optional<codegen::Emitted> emitted = emit(program, info);
  if (!emitted) return std::nullopt;
  double emitSeconds = secondsSince(start);
  if (!flags.emitCpp.empty()) {
    if (!rt::write_file_atomically(flags.emitCpp, codegen::join_files(*emitted))) {
      std::cerr << fmt::format("battc: error: cannot write '{}'\n", flags.emitCpp);
      return std::nullopt;
    }
  }
  codegen::BuildResult built =
      codegen::build_batt(*emitted, {flags.output, flags.jobs, flags.cacheDir});
  std::cerr << built.diagnostics;
  if (flags.timeBuild) printBuildTimes(std::cerr, emitSeconds, built, *emitted);
  if (!built.ok) {
    std::cerr << "battc: error: the batt program could not be built (see above)\n";
    return std::nullopt;
  }
  return built.executable;
}

int runCompiled(const std::string& batt, const rt::RunRequest& request,
                const std::vector<std::string>& extra) {
  std::vector<std::string> args = rt::run_arguments(request);
  args.insert(args.begin(), batt);
  args.insert(args.end(), extra.begin(), extra.end());
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  // From here a SIGINT or SIGTERM reaches batt too (the terminal sends it to both; `kill` to
  // battc alone is forwarded), which stops and writes nothing; battc then exits 130 as batt does.
  rt::install_interrupt_handlers();
  pid_t pid = 0;
  if (int error = posix_spawn(&pid, batt.c_str(), nullptr, nullptr, argv.data(), environ)) {
    std::cerr << fmt::format("battc: error: cannot run '{}': {}\n", batt, std::strerror(error));
    return 1;
  }
  rt::forward_interrupts_to(pid);
  if (rt::interrupted()) kill(pid, SIGINT);  // arrived before the pid was known
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  rt::forward_interrupts_to(0);
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  // Interrupted before it installed its own handlers: it wrote nothing either.
  if (WTERMSIG(status) == SIGINT || WTERMSIG(status) == SIGTERM) return rt::kInterruptedStatus;
  std::cerr << fmt::format("battc: error: '{}' was killed by signal {}\n", batt, WTERMSIG(status));
  return 1;
}

bool printCpp(std::ostream& out, const rt::Program& program, const rt::ProgramInfo& info) {
  std::optional<codegen::Emitted> emitted = emit(program, info);
  if (emitted) out << codegen::join_files(*emitted);
  return emitted.has_value();
}

}  // namespace batt::driver
