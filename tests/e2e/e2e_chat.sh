#!/usr/bin/env bash
# The real app under Xvfb with a generated model: type a message with the keyboard, watch the reply stream and
# the live figures change (screenshots), kill -9 the app in the middle of the reply, start it again, and find
# the conversation with the user's message and the partial reply marked "interrupted".
source "$E2E_LIB"
: "${TRIT_TOOL:?TRIT_TOOL must name the trit tool}"
command -v python3 >/dev/null || { echo "SKIP: python3 is needed to read the database"; exit 77; }
e2e_start_x
data="$E2E_TMP/data"
mkdir -p "$data"
model="$E2E_TMP/random.gguf"
# Random weights over a large vocabulary rarely pick "end of turn": a long reply, still streaming when killed.
"$TRIT_TOOL" mkmodel "$model" --embd 1024 --layers 8 --heads 8 --kv-heads 4 --ff 2816 --vocab 8000 --ctx 4096 \
  --seed 7 >/dev/null
cat >"$data/settings.ini" <<INI
[sampling]
temperature=0.8
maxTokens=4000
repeatPenalty=1.0
[engine]
threads=1
INI

start_app() {
  "$TRITIUM_BIN" --data-dir "$data" --model "$model" >>"$E2E_TMP/app.log" 2>&1 &
  app=$!; E2E_PIDS+=($app)
  win=$(e2e_wait_window "Tritium" 90) || { echo "FAIL: no window"; cat "$E2E_TMP/app.log"; exit 1; }
  for _ in $(seq 150); do grep -q "model loaded" "$data/logs/tritium.log" 2>/dev/null && break; sleep 0.2; done
  grep -q "model loaded" "$data/logs/tritium.log" || { echo "FAIL: the model did not load"; exit 1; }
  sleep 1
}

start_app
xdotool windowactivate --sync "$win" >/dev/null 2>&1 || true
geometry=$(xdotool getwindowgeometry "$win" | awk '/Geometry/ {print $2}')
width=${geometry%x*}; height=${geometry#*x}
# The message box sits at the bottom of the chat area.
xdotool mousemove --window "$win" $((width / 2)) $((height - 40)) click 1
message="Tell me a long story about ternary weights"
xdotool type --delay 15 "$message"
xdotool key Return
sleep 1.5
e2e_shot "$E2E_OUT/e2e-chat-streaming-1.png"
sleep 1.5
e2e_shot "$E2E_OUT/e2e-chat-streaming-2.png"
# The screen changed between the two shots: text streamed in and the figures moved.
changed=$(compare -metric AE "$E2E_OUT/e2e-chat-streaming-1.png" "$E2E_OUT/e2e-chat-streaming-2.png" null: 2>&1 || true)
echo "pixels changed while streaming: $changed"
[ "${changed%% *}" -gt 100 ] || { echo "FAIL: nothing streamed between the screenshots"; exit 1; }

kill -9 "$app"; wait "$app" 2>/dev/null || true
db="$data/tritium.sqlite3"
python3 - "$db" "$message" <<'PY' || exit 1
import sqlite3, sys
db, message = sys.argv[1], sys.argv[2]
rows = sqlite3.connect(db).execute("select role, text, state from messages order by id").fetchall()
assert rows and rows[0][0] == "user" and rows[0][1] == message, f"user message missing after kill: {rows}"
assert len(rows) == 2 and rows[1][0] == "assistant" and rows[1][2] == "streaming", rows
assert len(rows[1][1]) > 0, "no part of the reply was checkpointed before the kill"
print(f"after kill -9: user message kept, reply checkpointed with {len(rows[1][1])} characters")
PY

start_app
# Open the conversation from the sidebar (its first row) and show the interrupted reply.
xdotool mousemove --window "$win" 110 160 click 1
sleep 1.5
e2e_shot "$E2E_OUT/e2e-chat-after-restart.png"
kill "$app"; wait "$app" 2>/dev/null || true
python3 - "$db" "$message" <<'PY' || exit 1
import sqlite3, sys
db, message = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
rows = con.execute("select role, text, state from messages order by id").fetchall()
assert rows[0][1] == message and rows[1][2] == "interrupted", rows
titles = [r[0] for r in con.execute("select title from conversations")]
assert titles and titles[0].startswith("Tell me a long story"), titles
print("after restart: the reply is marked interrupted; conversation:", titles[0])
PY
echo "1 passed, 0 failed"
