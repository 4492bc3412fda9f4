#include "runtime/interrupt.h"

#include <unistd.h>

#include <csignal>

namespace batt::rt {

namespace {

std::atomic<bool> g_interrupted{false};
std::atomic<bool> g_graceful{false};
std::atomic<pid_t> g_child{0};

extern "C" void on_interrupt(int signal) {
  if (!g_graceful.load(std::memory_order_relaxed)) _exit(kInterruptedStatus);
  g_interrupted.store(true, std::memory_order_relaxed);
  if (pid_t child = g_child.load(std::memory_order_relaxed)) ::kill(child, signal);
}

}  // namespace

static void handle(int signal) {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a waiting waitpid() returns and looks at the flag
  sigaction(signal, &action, nullptr);
}

void exit_on_interrupt() {
  handle(SIGINT);
  handle(SIGTERM);
}

void install_interrupt_handlers() {
  g_graceful.store(true, std::memory_order_relaxed);
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a waiting waitpid() returns and looks at the flag
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

bool interrupted() { return g_interrupted.load(std::memory_order_relaxed); }

void forward_interrupts_to(pid_t child) { g_child.store(child, std::memory_order_relaxed); }

}  // namespace batt::rt
