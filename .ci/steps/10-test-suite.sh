#!/usr/bin/env bash
# The whole test suite, exactly as the README's second command runs it.
set -euo pipefail
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
scripts/test.sh
