#!/usr/bin/env bash
# Builds the libFuzzer targets (BATTC_FUZZ, clang++-16, ASan + UBSan) into build-fuzz and runs each
# for SECONDS (default 60) on its seed corpus under fuzz/corpus/<target>/ (for the frontend also
# examples/ and test/lit/frontend/), growing a working
# corpus in build-fuzz/corpus/<target>/. Prints each target's execs and crashes; crash inputs are
# left in build-fuzz/crashes/<target>/. Exits 1 when a target found a crash.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      (targets: fuzz_frontend fuzz_interpreter fuzz_primitive)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_frontend fuzz_interpreter fuzz_primitive)
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBATTC_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang-16 -DCMAKE_CXX_COMPILER=clang++-16 \
  -DBATTC_BUILD_TESTS=OFF -DBATTC_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j "${BATTC_JOBS:-2}" --target "${targets[@]}"
# Solvers recurse in C++ as in Python; battc runs them on a 64 MiB stack, so the fuzzers get one too.
ulimit -s 65536 || true
found=0
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t" "build-fuzz/crashes/$t"
  log="build-fuzz/$t.log"
  # The frontend also starts from the solver files the repository already has: the examples and
  # the lit tests of the frontend (valid and invalid programs, each with its diagnostics).
  seeds=()
  [ "$t" = fuzz_frontend ] && seeds=(examples test/lit/frontend)
  set +e
  "build-fuzz/fuzz/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$t/" \
    "build-fuzz/corpus/$t" "fuzz/corpus/$t" "${seeds[@]}" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  rate=$(grep -o 'exec/s: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo '?')
  crashes=$(find "build-fuzz/crashes/$t" -type f | wc -l)
  echo "fuzz: $t: ${seconds}s, $execs execs (~$rate/s), exit $rc, $crashes crash inputs in build-fuzz/crashes/$t/ (log $log)"
  [ "$rc" -eq 0 ] || found=1
done
exit "$found"
