#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine and runs every test: native unit, golden and
# corpus tests (Release and with sanitizers), formatting, the WebAssembly/npm package tests and the
# browser tests. This is the README's test command and what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --all

echo "== native build and tests (Release)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2
(cd build && ctest --output-on-failure -j2)

echo "== native tests with AddressSanitizer and UBSan"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNIANBAO_SANITIZE=ON >/dev/null
cmake --build build-asan -j2
(cd build-asan && ctest --output-on-failure -j2)

echo "== formatting (clang-format)"
bash scripts/check-format.sh

if [ -x ../shared/tools/score-corpus ]; then
  echo "== real reports (../shared/corpus)"
  ../shared/tools/score-corpus build/nianbao
fi

if [ -f package.json ]; then
  echo "== WebAssembly build, package and browser tests"
  npm run build
  node scripts/check-size.mjs
  npm test
fi
