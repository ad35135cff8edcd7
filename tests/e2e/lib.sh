# Shared set-up for the end-to-end scripts: a private Xvfb display, a fresh data folder, helpers to wait
# for the window and take screenshots. Source it; it defines e2e_start_x, e2e_wait_window, e2e_shot.
set -euo pipefail
for tool in Xvfb xdotool import; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (apt-get install xvfb xdotool imagemagick)"; exit 77
  fi
done
: "${TRITIUM_BIN:?TRITIUM_BIN must name the tritium binary}"
mkdir -p "$E2E_OUT"
E2E_TMP=$(mktemp -d)
export XDG_RUNTIME_DIR="$E2E_TMP/runtime"; mkdir -m 700 "$XDG_RUNTIME_DIR"
export HOME="$E2E_TMP/home"; mkdir -p "$HOME"
unset QT_QPA_PLATFORM
E2E_PIDS=()
e2e_cleanup() {
  for pid in "${E2E_PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$E2E_TMP"
}
trap e2e_cleanup EXIT

e2e_start_x() {
  local n
  for n in $(seq 90 140); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
      Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$E2E_TMP/xvfb.log" 2>&1 &
      E2E_PIDS+=($!)
      export DISPLAY=":$n"
      for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && return 0; sleep 0.1; done
      echo "Xvfb on :$n did not start"; cat "$E2E_TMP/xvfb.log"; return 1
    fi
  done
  echo "no free X display number"; return 1
}

# e2e_wait_window NAME SECONDS -> prints the window id
e2e_wait_window() {
  local name=$1 secs=${2:-60} id
  for _ in $(seq $((secs * 5))); do
    id=$(xdotool search --onlyvisible --name "$name" 2>/dev/null | head -n 1 || true)
    if [ -n "$id" ]; then echo "$id"; return 0; fi
    sleep 0.2
  done
  return 1
}

# e2e_shot FILE -> screenshot of the whole screen
e2e_shot() { import -window root "$1"; }
