#!/usr/bin/env bash
# Installs everything nianbao needs on a fresh Debian 12 machine (run as root, or with sudo).
# Idempotent: packages already present are skipped quickly.
#   scripts/setup.sh          native toolchain only (build, tests, CLI)
#   scripts/setup.sh --all    also Emscripten, Node packages, Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

native=(cmake g++ make googletest libgtest-dev libgmock-dev nlohmann-json3-dev zlib1g-dev python3 clang-format)
# Node.js and npm come with the machine (nodesource build); Debian's npm package conflicts with it.
web=(emscripten node-acorn chromium fonts-noto-cjk)
# The fuzz stage (scripts/fuzz.sh): clang with its libFuzzer and sanitizer runtimes.
fuzz=(clang libclang-rt-14-dev)

want=("${native[@]}")
if [ "${1:-}" = "--all" ]; then
  want+=("${web[@]}" "${fuzz[@]}")
  command -v npm >/dev/null 2>&1 || want+=(nodejs npm)
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "${1:-}" = "--all" ] && [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
