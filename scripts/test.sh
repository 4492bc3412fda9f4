#!/usr/bin/env bash
# The whole test suite: dependencies (no-op when present), build, then GoogleTest, lit and the
# CPython parity checks, all through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
# Not root: the build itself says what is missing if the packages could not be installed.
if [ "$(id -u)" -eq 0 ]; then ./scripts/install-deps.sh; else ./scripts/install-deps.sh || true; fi
./scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
