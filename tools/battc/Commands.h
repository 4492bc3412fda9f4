// The battc subcommands. Each lives in its own file and registers itself on the application; the
// runner it returns is called when its subcommand was given. Add a subcommand by adding a file
// with a function like addInspectCommand and listing it in main.cpp.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace batt::driver {

struct Command {
  CLI::App* app;
  std::function<int()> run;  // returns the exit code
};

// battc inspect SOLVERS.py... [--emit=ast|ir|dag] [--solver NAME]... [--werror] [--time-passes]
Command addInspectCommand(CLI::App& battc);

// battc run [--interpret] SOLVERS.py... --tasks PATH [run options] (runtime/run.h)
Command addRunCommand(CLI::App& battc);

// battc compile SOLVERS.py... -o BATT [--emit-cpp FILE] [--jobs N] [--cache-dir DIR] [--werror]
Command addCompileCommand(CLI::App& battc);

}  // namespace batt::driver
