#!/usr/bin/env bash
# Linux packages from the `build` folder that step 10 left: DEB, RPM and .tar.gz, then the checks a user
# would feel. The freedesktop validators pass; the DEB and the tarball hold exactly tests/packaging/
# expected-files.txt; the DEB installs with apt-get, `tritium --version` runs from /usr/bin, the installed
# app starts offscreen and loads a generated model from a models folder, and the package removes cleanly.
set -euo pipefail
scripts/deps.sh --packaging
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# Re-configure: rsvg-convert and rpmbuild may have arrived with the packaging tools.
cmake build >/dev/null
rm -f build/tritium_*.deb build/tritium-*.rpm build/tritium-*-linux-*.tar.gz
cmake --build build --target package
deb=(build/tritium_*.deb)
rpm=(build/tritium-*.rpm)
tgz=(build/tritium-*-linux-*.tar.gz)

echo "--- validators"
desktop-file-validate installer/linux/tritium.desktop && echo "desktop-file-validate: valid"
appstreamcli validate --no-net build/installer/linux/io.github.tritium.Tritium.metainfo.xml

echo "--- package contents"
python3 tests/packaging/check_file_list.py tests/packaging/expected-files.txt --deb "${deb[0]}"
python3 tests/packaging/check_file_list.py tests/packaging/expected-files.txt --tgz "${tgz[0]}"
dpkg-deb --field "${deb[0]}" Package Version Architecture Depends
rpm -qp --requires "${rpm[0]}" | grep -E "qt6|libQt6Quick" | sort -u | tr '\n' ' '
echo
for binary in tritium trit; do
  if dpkg-deb --fsys-tarfile "${deb[0]}" | tar -xO "./usr/bin/$binary" | file - | grep -q "not stripped"; then
    echo "the packaged $binary binary is not stripped"
    exit 1
  fi
done
echo "packaged binaries are stripped"

echo "--- install, run, remove"
$sudo apt-get install -y -qq -o DPkg::Lock::Timeout=300 "./${deb[0]}"
/usr/bin/tritium --version
/usr/bin/trit --help >/dev/null
data="$(mktemp -d)"
runtime="$(mktemp -d)"
chmod 700 "$runtime"
mkdir -p "$data/models"
/usr/bin/trit mkmodel "$data/models/ci-tiny.gguf" --name ci-tiny >/dev/null
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" \
  /usr/bin/tritium --data-dir "$data" --model "$data/models/ci-tiny.gguf" --quit-after 8000
if ! grep "model loaded" "$data/logs/tritium.log"; then
  echo "the installed app did not load the model; its log:"
  cat "$data/logs/tritium.log"
  exit 1
fi
installed_files="$(dpkg -L tritium | grep -v '/$')"
$sudo apt-get remove -y -qq -o DPkg::Lock::Timeout=300 tritium
left=0
while read -r path; do
  if [ -f "$path" ] || [ -L "$path" ]; then
    echo "left behind after removal: $path"
    left=1
  fi
done <<<"$installed_files"
[ ! -e /usr/bin/tritium ] && [ ! -e /usr/bin/trit ] && [ "$left" -eq 0 ]
echo "removed cleanly"
rm -rf "$data" "$runtime"

echo "--- package sizes"
ls -l "${deb[0]}" "${rpm[0]}" "${tgz[0]}" | awk '{printf "%-45s %8.1f KiB\n", $9, $5 / 1024}'
