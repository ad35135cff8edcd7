#!/usr/bin/env bash
# The engine cross-compiled for ARM64 (NEON, dot-product) and its tests run under qemu-user.
# test_cli is left out here: it runs the trit tool through /bin/sh, which cannot start an ARM64 binary
# without binfmt_misc; the tool's code is the library's, which every other test exercises under qemu.
set -euo pipefail
scripts/deps.sh --arm
cmake --preset aarch64 >/dev/null
cmake --build build-aarch64
ctest --test-dir build-aarch64 --output-on-failure -j2 -L engine -LE "slow|large|reference" -E "test_cli"
