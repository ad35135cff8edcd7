#!/bin/sh
# Export the trained model (work/final.pt), pack it with the engine's own GGUF writer and install it, with its
# SHA-256 and loss curve, into resources/demo-model/.
set -eu
TRIT=${1:?usage: package.sh PATH/TO/trit}
PYTHON=${PYTHON:-/usr/bin/python3} # Debian's python3-torch lives in the system interpreter
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(cd "$HERE/../../resources/demo-model" && pwd)
"$PYTHON" "$HERE/export.py" --checkpoint "$HERE/work/final.pt" --out "$HERE/work/export"
"$TRIT" convert-dir "$HERE/work/export" "$OUT/tritium-demo.gguf" --ternary-type i2_s --embd-type f16
(cd "$OUT" && sha256sum tritium-demo.gguf > tritium-demo.gguf.sha256)
cp "$HERE/work/loss.png" "$OUT/loss.png"
"$TRIT" info "$OUT/tritium-demo.gguf"
