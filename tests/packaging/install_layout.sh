#!/usr/bin/env bash
# Installs the build into a temporary prefix, as CPack does for every package, and compares what landed
# there with expected-files.txt (icon sizes included).  Usage: install_layout.sh BUILD_DIR
set -euo pipefail
build="$1"
here="$(cd "$(dirname "$0")" && pwd)"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
python3 "$here/check_file_list.py" "$here/expected-files.txt" --dir "$prefix"
