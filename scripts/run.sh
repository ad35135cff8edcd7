#!/usr/bin/env bash
# The README's first command: installs what is missing, configures, builds and starts Tritium.
# Extra arguments go to the app (e.g. --model FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target tritium
exec build/bin/tritium "$@"
