#!/usr/bin/env bash
# Fuzzes every libFuzzer target (tests/fuzz) for a bounded time on its seed corpus and known crashes:
# TRITIUM_FUZZ_SECONDS per target (default 20; raise it for a long run), build in TRITIUM_FUZZ_BUILD_DIR
# (default build-fuzz); TRITIUM_FUZZ_TARGETS="fuzz_gguf fuzz_chat" fuzzes only those. Prints the executions per target and fails on any crash, leak, timeout or
# out-of-memory. Each crashing input is copied into tests/fuzz/regressions/<target>/, where the replay_<target>
# CTest test of every normal build replays it: commit it with the fix.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${TRITIUM_FUZZ_SECONDS:-20}
build=${TRITIUM_FUZZ_BUILD_DIR:-build-fuzz}
scripts/deps.sh --sanitizers
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-14 \
  -DCMAKE_CXX_COMPILER=clang++-14 -DTRITIUM_FUZZ=ON "${launcher[@]}" >/dev/null

# target  seed folder  longest input worth trying (bytes)
targets=(
  "fuzz_gguf seeds 65536"
  "fuzz_tokenizer seeds_tokenizer 4096"
  "fuzz_chat seeds_chat 4096"
  "fuzz_catalog seeds_catalog 16384"
  "fuzz_conversation_json seeds_conversation_json 16384"
)
if [ -n "${TRITIUM_FUZZ_TARGETS:-}" ]; then
  chosen=()
  for t in "${targets[@]}"; do [[ " $TRITIUM_FUZZ_TARGETS " == *" ${t%% *} "* ]] && chosen+=("$t"); done
  targets=("${chosen[@]}")
fi
names=()
for t in "${targets[@]}"; do names+=("${t%% *}"); done
ninja -C "$build" -j2 "${names[@]}"

failed=0
report=()
for t in "${targets[@]}"; do
  read -r name seeds max_len <<<"$t"
  corpus="$build/fuzz-corpus/$name"
  artifacts="$build/fuzz-artifacts/$name"
  regressions="tests/fuzz/regressions/$name"
  mkdir -p "$corpus" "$artifacts"
  inputs=("$corpus" "tests/fuzz/$seeds")
  [ -d "$regressions" ] && inputs+=("$regressions")
  log="$build/fuzz-$name.log"
  echo "--- $name: ${seconds} s, max_len $max_len"
  status=0
  "$build/tests/fuzz/$name" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "${inputs[@]}" >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  found=$(find "$artifacts" -type f | wc -l)
  if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
    failed=1
    tail -60 "$log"
    mkdir -p "$regressions"
    find "$artifacts" -type f -exec cp {} "$regressions/" \;
    echo "$name FAILED (exit $status); inputs copied into $regressions:"
    ls -l "$regressions"
    report+=("$(printf '%-24s %12s executions  FAILED' "$name" "${execs:-?}")")
  else
    report+=("$(printf '%-24s %12s executions  ok' "$name" "${execs:-?}")")
  fi
done
echo "--- fuzzing, ${seconds} s per target:"
printf '%s\n' "${report[@]}"
exit "$failed"
