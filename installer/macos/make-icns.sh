#!/usr/bin/env bash
# Makes a macOS .icns from an SVG: renders a 1024 px master (rsvg-convert if installed, else Quick Look's
# qlmanage, which reads SVG on every macOS), scales it with sips to the ten sizes of an .iconset, and packs
# them with iconutil. Runs on macOS only (sips, iconutil).  Usage: make-icns.sh icon.svg out.icns
set -euo pipefail
svg="$1"
out="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

master="$work/master.png"
if command -v rsvg-convert >/dev/null; then
  rsvg-convert --width=1024 --height=1024 --keep-aspect-ratio --output="$master" "$svg"
else
  qlmanage -t -s 1024 -o "$work" "$svg" >/dev/null
  mv "$work/$(basename "$svg").png" "$master"
fi

iconset="$work/tritium.iconset"
mkdir "$iconset"
for size in 16 32 128 256 512; do
  sips -z "$size" "$size" "$master" --out "$iconset/icon_${size}x${size}.png" >/dev/null
  double=$((size * 2))
  sips -z "$double" "$double" "$master" --out "$iconset/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil --convert icns --output "$out" "$iconset"
echo "make-icns: wrote $out"
