#!/usr/bin/env bash
# Validates the .desktop entry and the AppStream metainfo with the freedesktop tools, exactly as a
# distribution would. Skips (77) when the tools are absent: scripts/deps.sh --packaging installs them.
#   Usage: validate_metadata.sh DESKTOP_FILE METAINFO_FILE
set -euo pipefail
desktop="$1"
metainfo="$2"
for tool in desktop-file-validate appstreamcli; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (scripts/deps.sh --packaging)"
    exit 77
  fi
done
# desktop-file-validate prints nothing for a valid file, and hints (exit 0) for style matters.
desktop-file-validate "$desktop"
echo "desktop-file-validate: $(basename "$desktop") is valid"
# The validator needs the file name to match the component id, so check a copy named after it.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$metainfo" "$work/$(basename "$metainfo")"
appstreamcli validate --no-net --pedantic "$work/$(basename "$metainfo")"
