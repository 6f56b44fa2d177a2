#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang, ASan+UBSan) into build-fuzz/ and runs each for a
# bounded time from the seed corpus (scripts/fuzz-seeds.py) with the format's dictionary
# (fuzz/nianbao.dict). Prints the coverage each reaches (cov: edges, ft: features) from the seeds
# alone and after fuzzing, and fails when a target crashes, leaks, hangs (-timeout) or ends below
# the coverage of its seeds. A crashing input is left in build-fuzz/crashes/: add it under
# tests/fuzz/<target>/ so it stays a regression test (tests/fuzz/replay_test.cpp replays them natively).
#   scripts/fuzz.sh                 every target, 60 s each (what CI runs)
#   scripts/fuzz.sh 30 check text   30 s each for the named targets
set -euo pipefail
cd "$(dirname "$0")/.."

secs="${1:-60}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(text html docx_xml decode unzip check render runs)

CXX="${CXX:-clang++}" cmake -S . -B build-fuzz -DNIANBAO_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j2 >/dev/null

rm -rf build-fuzz/seeds build-fuzz/corpus
mkdir -p build-fuzz/crashes
python3 scripts/fuzz-seeds.py build-fuzz/seeds

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
printf '%-9s %12s %12s %12s %12s  %s\n' target seed-cov seed-ft cov ft result
for t in "${targets[@]}"; do
  bin="build-fuzz/fuzz_$t"
  seeds="build-fuzz/seeds/$t"
  corpus="build-fuzz/corpus/$t"
  mkdir -p "$corpus" "$seeds"
  common=(-dict=fuzz/nianbao.dict -timeout=10 -rss_limit_mb=2560 -max_len=65536
          "-artifact_prefix=build-fuzz/crashes/$t-")
  # What the seeds alone reach (and: every seed and past crash still runs clean).
  seed_log="build-fuzz/$t-seeds.log"
  if ! "$bin" "${common[@]}" -runs=0 "$seeds" >"$seed_log" 2>&1; then
    echo "fuzz: $t fails on its seed corpus:"; tail -30 "$seed_log"; status=1; continue
  fi
  read -r seed_cov seed_ft < <(grep -Eo 'INITED cov: [0-9]+ ft: [0-9]+' "$seed_log" | awk '{print $3, $5}' | tail -1)
  log="build-fuzz/$t.log"
  if "$bin" "${common[@]}" -max_total_time="$secs" -print_final_stats=1 "$corpus" "$seeds" >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
  fi
  read -r cov ft < <(grep -Eo '(INITED|NEW|REDUCE|pulse|DONE)[[:space:]]+cov: [0-9]+ ft: [0-9]+' "$log" |
    awk '{print $3, $5}' | tail -1)
  if [ "$result" = ok ] && { [ "${cov:-0}" -lt "${seed_cov:-0}" ] || [ "${ft:-0}" -lt "${seed_ft:-0}" ]; }; then
    result="FAILED (coverage below the seeds')"
    status=1
  fi
  printf '%-9s %12s %12s %12s %12s  %s\n' "$t" "${seed_cov:-?}" "${seed_ft:-?}" "${cov:-?}" "${ft:-?}" "$result"
  if [ "$result" != ok ]; then
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written|ALARM' "$log" | head -20 || true
  fi
done
exit $status
