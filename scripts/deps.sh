#!/usr/bin/env bash
# Installs what Tritium needs on Debian 12 / Ubuntu 24.04 (apt-get; through sudo when not root).
#   scripts/deps.sh          build and run the app
#   scripts/deps.sh --test   also what the test suite needs (Xvfb, xdotool, numpy, ...)
#   --sanitizers, --arm, --windows   clang for fuzzing; ARM64 cross compiler + qemu-user; MinGW + wine + NSIS
#   --packaging                      DEB/RPM checks: desktop-file-validate, appstreamcli, rpmbuild, rsvg-convert
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev
  libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6
  qml6-module-qtquick qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
  qml6-module-qtquick-window qml6-module-qtquick-dialogs qml6-module-qt-labs-platform
  qml6-module-qt-labs-settings qml6-module-qtcore
  libspdlog-dev libgl-dev libglx-dev libgl1-mesa-dri libegl1 libvulkan-dev libxkbcommon-dev
  fonts-dejavu-core
)
for group in "$@"; do
  case "$group" in
    --test) packages+=(qml6-module-qttest xvfb xauth xdotool imagemagick x11-apps python3 python3-numpy) ;;
    --sanitizers) packages+=(clang-14 libclang-rt-14-dev) ;;
    --arm) packages+=(g++-aarch64-linux-gnu qemu-user) ;;
    --windows) packages+=(g++-mingw-w64-x86-64-posix wine wine64 nsis) ;;
    --packaging) packages+=(desktop-file-utils appstream rpm librsvg2-bin file) ;;
    *) echo "deps: unknown group $group (use --test, --sanitizers, --arm, --windows, --packaging)"; exit 2 ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: everything is installed"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "deps: installing ${#missing[@]} package(s): ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
