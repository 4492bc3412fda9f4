#!/usr/bin/env bash
# Installs the Debian packages battc builds and tests with; a no-op when all are present. As root it
# runs apt-get itself; as another user it uses sudo when sudo exists, and otherwise says what to run.
set -euo pipefail
pkgs=(cmake ninja-build g++ python3 git xz-utils time
      llvm-16-dev libclang-16-dev clang-16 llvm-16-tools
      libtbb-dev libfmt-dev nlohmann-json3-dev libcli11-dev libxxhash-dev libssl-dev
      googletest libgtest-dev libbenchmark-dev
      libfuzzer-16-dev libclang-rt-16-dev)  # the last two: scripts/fuzz.sh, test.sh --sanitize
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: missing packages (${missing[*]}) and no sudo; run as root:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
