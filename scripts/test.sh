#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine and runs every test: native unit, golden and
# corpus tests (Release and with sanitizers), formatting, the WebAssembly/npm package tests and the
# browser tests. This is the README's test command and what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

# Each stage prints its elapsed time when the next begins (and at the end), so CI's total (under
# 60 minutes on 2 cores) can be read stage by stage.
stage_name="setup"
stage_start=$SECONDS
end_stage() { echo "-- ${stage_name}: $((SECONDS - stage_start)) s (total $SECONDS s)"; }
stage() {
  end_stage
  stage_name="$1"
  stage_start=$SECONDS
  echo "== $1"
}
trap end_stage EXIT

bash scripts/setup.sh --all

stage "native build and tests (Release)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2
(cd build && ctest --output-on-failure -j2)

stage "native tests with AddressSanitizer and UBSan"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNIANBAO_SANITIZE=ON >/dev/null
cmake --build build-asan -j2
(cd build-asan && ctest --output-on-failure -j2)

stage "formatting (clang-format)"
bash scripts/check-format.sh

if [ -x ../shared/tools/score-corpus ]; then
  stage "real reports (../shared/corpus)"
  ../shared/tools/score-corpus build/nianbao
fi

# NIANBAO_FUZZ_SECONDS=0 leaves the fuzz stage out (e.g. on a machine without clang).
if [ "${NIANBAO_FUZZ_SECONDS:-60}" != 0 ]; then
  stage "fuzzing (libFuzzer, ASan+UBSan, ${NIANBAO_FUZZ_SECONDS:-60} s per target)"
  bash scripts/fuzz.sh "${NIANBAO_FUZZ_SECONDS:-60}"
fi

if [ -f package.json ]; then
  stage "WebAssembly build, package and browser tests"
  npm run build
  node scripts/check-size.mjs
  NIANBAO_NO_SKIP=1 npm test
fi
