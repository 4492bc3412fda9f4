#!/usr/bin/env bash
# The README's first command: install the dependencies (as root, or through sudo), build, and run the main job:
# the solvers of examples/ compiled into one batt program and run over the bundled ARC-AGI-1
# training tasks (data/), writing results, a submission and a solver store under out/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
mkdir -p out
./build/bin/battc run examples/*.py --tasks data/arc-agi-1/training \
  --results out/results.json --submission out/submission.json --store out/store \
  --outputs out/outputs.tsv
echo "setup: results in out/ (results.json, submission.json, outputs.tsv, store/)"
