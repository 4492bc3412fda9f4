// SIGINT and SIGTERM stop a run promptly: the handler only sets a flag; the executor hands out no
// more blocks, and running evaluations stop at their next budget check (every 16,384 units of
// fuel) by raising Exc::Timeout, whose outcome is thrown away with the rest of the run. Nothing
// is written: output files stay as they were (runtime/atomic_file.h), and the command exits 130.
#pragma once
#include <atomic>
#include <sys/types.h>

namespace batt::rt {

// Before a run (building, loading): SIGINT and SIGTERM end the process at once with status 130.
// Every file is written under a temporary name and renamed when complete, so nothing is left
// half-written.
void exit_on_interrupt();
// During a run: SIGINT and SIGTERM set the flag that stops it (idempotent).
void install_interrupt_handlers();
// Whether a SIGINT or SIGTERM arrived.
bool interrupted();
// A child process that gets the signal too when one arrives (battc running a compiled batt);
// 0 for none.
void forward_interrupts_to(pid_t child);

// The exit status of an interrupted command (128 + SIGINT, as shells report it).
inline constexpr int kInterruptedStatus = 130;

}  // namespace batt::rt
