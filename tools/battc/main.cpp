// battc: the driver. Parses the command line and hands over to a subcommand; owns the exit code.
#include <iostream>
#include <vector>

#include "frontend/Diagnostics.h"
#include "runtime/interrupt.h"
#include "tools/battc/Commands.h"

int main(int argc, char** argv) {
  batt::rt::exit_on_interrupt();  // a run switches to stopping gracefully (runtime/interrupt.h)
  CLI::App battc{"battc: compiler and parallel runtime for ARC-DSL solver programs"};
  battc.set_version_flag("--version", "battc " BATTC_VERSION);
  battc.require_subcommand(1);
  std::vector<batt::driver::Command> commands = {batt::driver::addInspectCommand(battc),
                                                  batt::driver::addRunCommand(battc),
                                                  batt::driver::addCompileCommand(battc)};
  CLI11_PARSE(battc, argc, argv);
  try {
    for (const batt::driver::Command& command : commands) {
      if (command.app->parsed()) return command.run();
    }
  } catch (const batt::frontend::InternalError& error) {
    std::cerr << "battc: internal error: " << error.what() << '\n';
    return 70;  // EX_SOFTWARE
  }
  return 1;
}
