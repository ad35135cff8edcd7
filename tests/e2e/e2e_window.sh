#!/usr/bin/env bash
# Starts the real tritium binary under Xvfb on a fresh data folder, waits for its window, takes a screenshot,
# and checks the picture is a real rendering (many colours, not a blank screen) and the log file was written.
source "$E2E_LIB"
e2e_start_x
data="$E2E_TMP/data"
"$TRITIUM_BIN" --data-dir "$data" >"$E2E_TMP/app.log" 2>&1 &
app=$!; E2E_PIDS+=($app)
if ! win=$(e2e_wait_window "Tritium" 90); then
  echo "FAIL: no Tritium window appeared"; cat "$E2E_TMP/app.log"; exit 1
fi
sleep 2
shot="$E2E_OUT/e2e-window.png"
e2e_shot "$shot"
colours=$(convert "$shot" -format %k info:)
echo "window $win, screenshot $shot with $colours colours"
[ "$colours" -gt 50 ] || { echo "FAIL: the screenshot looks blank ($colours colours)"; exit 1; }
kill -0 "$app" || { echo "FAIL: the app died"; cat "$E2E_TMP/app.log"; exit 1; }
grep -q "Tritium .* starting" "$data/logs/tritium.log" || { echo "FAIL: no log file"; exit 1; }
kill "$app"; wait "$app" || true
grep -q "Tritium exits with 0" "$data/logs/tritium.log" || { echo "FAIL: no clean exit logged"; exit 1; }
echo "1 passed, 0 failed"
