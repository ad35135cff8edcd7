#!/usr/bin/env bash
# ThreadSanitizer on the engine's threaded code: the thread pool itself, sessions and the generator with
# several threads (cancellation from another thread included), and the model's multi-threaded matmuls.
# Only those tests are built (their models are written by the test support code); any data race,
# lock-order inversion or thread leak report fails the step. Build folder: TRITIUM_TSAN_BUILD_DIR
# (default build-tsan).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${TRITIUM_TSAN_BUILD_DIR:-build-tsan}
tests=(test_threadpool test_session test_generator test_model_determinism)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRITIUM_ENGINE_ONLY=ON -DTRITIUM_TSAN=ON >/dev/null
ninja -C "$build" -j2 "${tests[@]}"
regex="^engine\\.($(IFS='|'; echo "${tests[*]}"))\$"
log="$build/tsan.log"
status=0
TSAN_OPTIONS="halt_on_error=1:exitcode=66:second_deadlock_stack=1:report_thread_leaks=1" \
  ctest --test-dir "$build" -R "$regex" --output-on-failure -j2 --timeout 240 >"$log" 2>&1 || status=$?
cat "$log"
ran=$(grep -cE "Test +#[0-9]+:" "$log" || true)
if [ "$ran" -ne "${#tests[@]}" ]; then
  echo "tsan: expected ${#tests[@]} tests, ran $ran"
  exit 1
fi
if [ "$status" -ne 0 ] || grep -q "WARNING: ThreadSanitizer" "$log"; then
  echo "tsan: ThreadSanitizer reported a problem (or a test failed); see above"
  exit 1
fi
echo "tsan: ${#tests[@]} threaded test programs ran clean under ThreadSanitizer"
