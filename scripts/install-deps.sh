#!/usr/bin/env bash
# Installs the Debian packages battc builds and tests with. Run as root; a no-op when all are present.
set -euo pipefail
pkgs=(cmake ninja-build g++ python3 git xz-utils time
      llvm-16-dev libclang-16-dev clang-16 llvm-16-tools
      libtbb-dev libfmt-dev nlohmann-json3-dev libcli11-dev libxxhash-dev libssl-dev
      googletest libgtest-dev libbenchmark-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages (${missing[*]}); run this script as root" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
