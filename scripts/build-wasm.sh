#!/usr/bin/env bash
# Builds the WebAssembly core and the nianbao npm package into dist/ (what `npm run build` runs).
#   build-wasm/            Emscripten build tree (emcmake cmake), -j2
#   build-wasm/include/    holds only nlohmann/ (em++ must never see /usr/include)
#   dist/                  nianbao-core.cjs + .wasm, nianbao-core.single.cjs, the JS package, nianbao.js
# Environment: NIANBAO_BUILD_TYPE (Release), NLOHMANN_DIR (/usr/include/nlohmann), JOBS (2),
#   NIANBAO_WASM_OPT (-O3 -flto): the compile and link optimisation level of a Release build;
#   NIANBAO_WASM_INLINE (75): LLVM's inline threshold, at compile time and in the link-time optimiser.
#   Measured 2026-12-01 on the same source (wasm bytes raw / gzip -9, build time on 2 cores): -O2 1,048,385 /
#   379,401 in 72 s; -O2 -flto 1,026,944 / 370,028 in 138 s, a check ~2% faster; -O3 -flto 1,082,274 / 382,937
#   in 154 s, 8-20% faster in Node but over the single-file page's budget. -Os: 590,397 bytes raw, 245 KiB
#   gzipped, output byte-identical, but a check took 1.9x the CPU time. Per-file -Os for cold code: see the
#   note of 2026-12-02 (nlohmann's templates are shared with the hot path under LTO).
#   2026-12-02: the size is LLVM's inlining, the speed -O3's other passes. -O3 -flto with the inline threshold
#   lowered from 225 (LLVM's default) keeps both: threshold 100: 1,005,429 / 349,030, a check 0.79x the time of
#   -O2 -flto in Node; threshold 75: 917,907 / 339,485, 0.78x; -O2 -flto at 150: 965,100 / 354,253, 0.99x; at
#   75: 887,062 / 327,403 but 1.08-1.13x. Default: -O3 -flto at 75.
#   2026-12-02: the cold sources (wasm/CMakeLists.txt NIANBAO_WASM_COLD_SOURCES: formats other than HTML, rule
#   list, review marks, pairing, cell writes) and the binding at -Oz: 922,733 / 338,121 -> 868,076 / 325,532 with
#   the checker's glue 341.4 -> 329.1 KiB; a check and a check + HTML render take the same time (compare-builds:
#   0.96x Node, 0.87x Chromium, noise), text/csv/sarif exports ~1.1x (still under the nlohmann-based renderers'
#   0.75/0.79/2.46 ms: now 0.59/0.61/2.16 ms for the seed report in Node).
#   2026-12-03: where the bytes are (a -gline-tables-only build, code bytes by source line): 29% inlined
#   std::string (moves, SSO tests, zeroing), 11% std::vector; the PDF runs readers 16%. The rules, the template,
#   the .docx reader, metadata, places, fingerprints, text fixes and UI strings joined the -Oz list
#   (wasm/CMakeLists.txt): checker 326.5 -> 295.7 KiB gzipped, single file 911.1 -> 872.2 KiB; compare-builds
#   1.01-1.06x a check, 0.95x check + render (noise). Tried and left: the HTML renderers and JSON reader too
#   (280.8 KiB, check + render 1.10-1.12x in Node), the runs readers too (269.7 KiB, a PDF's runs 1.33x in
#   Node), inline threshold 50 (0.4 KiB), wasm-opt -Oz after the link (under 1 KiB).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build-wasm
type=${NIANBAO_BUILD_TYPE:-Release}
nlohmann=${NLOHMANN_DIR:-/usr/include/nlohmann}
jobs=${JOBS:-2}
opt=${NIANBAO_WASM_OPT:--O3 -flto}
inline=${NIANBAO_WASM_INLINE:-75}

command -v emcmake >/dev/null || { echo "build-wasm: emcmake not found (apt-get install emscripten, or scripts/setup.sh --all)" >&2; exit 2; }
[ -f "$nlohmann/json.hpp" ] || { echo "build-wasm: $nlohmann/json.hpp not found (apt-get install nlohmann-json3-dev)" >&2; exit 2; }

# Debian's Emscripten runs its JS optimizer with the machine's Node; it needs Debian's acorn.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

mkdir -p "$build/include"
ln -sfn "$nlohmann" "$build/include/nlohmann"

emcmake cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE="$type" \
  -DCMAKE_CXX_FLAGS_RELEASE="$opt -mllvm -inline-threshold=$inline -DNDEBUG" \
  -DCMAKE_EXE_LINKER_FLAGS="-Wl,-mllvm,-inline-threshold=$inline" \
  -DNIANBAO_JSON_INCLUDE="$build/include" \
  -DNIANBAO_WASM_OUT="$build/out" >/dev/null
cmake --build "$build" -j"$jobs"

mkdir -p dist
cp "$build/out/nianbao-core.cjs" "$build/out/nianbao-core.wasm" "$build/out/nianbao-core.single.cjs" dist/
node scripts/build-js.mjs
echo "build-wasm: dist/ ready"
ls -l dist
