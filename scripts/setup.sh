#!/usr/bin/env bash
# The README's first command: install the dependencies (as root), build, and run the main job on
# the bundled default.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
echo "== demo: arc-dsl calls on the battc runtime (examples/demo.calls) =="
./build/bin/batt-eval examples/demo.calls /dev/stdout
