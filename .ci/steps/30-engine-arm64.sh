#!/usr/bin/env bash
# The engine cross-compiled for ARM64 (NEON, dot-product) and its tests run under qemu-user.
set -euo pipefail
scripts/deps.sh --arm
cmake --preset aarch64 >/dev/null
cmake --build build-aarch64
ctest --test-dir build-aarch64 --output-on-failure -j2 -L engine -LE "slow|large|reference"
