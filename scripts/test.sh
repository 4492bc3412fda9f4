#!/usr/bin/env bash
# The whole test suite: dependencies (no-op when present), build, then GoogleTest, lit and the
# CPython parity checks, all through ctest.
# --sanitize: instead, build with ASan + UBSan (clang++-16, BATTC_SANITIZE) into build-asan and run
# the unit tests and the lit suite there (not in CI: the build takes ~15 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
# Not root: the build itself says what is missing if the packages could not be installed.
if [ "$(id -u)" -eq 0 ]; then ./scripts/install-deps.sh; else ./scripts/install-deps.sh || true; fi
if [ "${1:-}" = "--sanitize" ]; then
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBATTC_SANITIZE=ON \
    -DCMAKE_C_COMPILER=clang-16 -DCMAKE_CXX_COMPILER=clang++-16 -DBATTC_BUILD_BENCH=OFF >/dev/null
  cmake --build build-asan -j "${BATTC_JOBS:-2}"
  # use_sigaltstack=0: LLVM (the in-process Clang of battc_build) installs its own alternate signal
  # stack on threads, which ASan then fails to unmap when the thread ends (CHECK failed in
  # UnsetAlternateSignalStack).
  export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:use_sigaltstack=0}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
  ctest --test-dir build-asan --output-on-failure -j "${BATTC_JOBS:-2}" -E '^(difftest|golden-parity|forms-parity|types-vs-cpython|kill-points|threads)$'
  exit
fi
./scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
