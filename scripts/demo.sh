#!/usr/bin/env bash
# Sets everything up, builds the CLI, checks the built-in example report, then builds the
# WebAssembly package and the page and serves it on 127.0.0.1 with the example loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --all
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2
example=web/example-report.txt
[ -f "$example" ] || example=tests/fixtures/clean-2021-tabs.txt
echo "== build/nianbao check $example"
build/nianbao check "$example" || true   # exit 1 means "the report has errors": the example has some on purpose
if [ -f package.json ]; then
  npm run build
  [ -f scripts/serve.mjs ] && exec node scripts/serve.mjs
fi
