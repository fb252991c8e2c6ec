#!/usr/bin/env bash
# Install the built bundle on a Linux office PC (as root): /opt/kense, a menu entry, the icon.
# The database and logs stay per user (~/.local/share/kense, ~/.local/state/kense/logs) and are
# never touched here; `install-linux.sh --uninstall` removes only the program.
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX=${PREFIX:-/opt/kense}
APPS=${APPS:-/usr/share/applications}
ICONS=${ICONS:-/usr/share/icons/hicolor}
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$PREFIX" "$APPS/kense.desktop" "$ICONS"/*/apps/kense.png "$ICONS/scalable/apps/kense.svg"
  echo "removed $PREFIX (user databases and logs are kept)"
  exit 0
fi
test -x dist/kense/kense || { echo "build first: installer/build.sh" >&2; exit 1; }
rm -rf "$PREFIX"
mkdir -p "$PREFIX" "$APPS"
cp -a dist/kense/. "$PREFIX/"
sed "s|^Exec=.*|Exec=$PREFIX/kense|" installer/kense.desktop > "$APPS/kense.desktop"
for s in 16 24 32 48 64 128 256; do
  install -Dm644 "resources/icons/kense-$s.png" "$ICONS/${s}x${s}/apps/kense.png"
done
install -Dm644 resources/icons/kense.svg "$ICONS/scalable/apps/kense.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$ICONS" || true
echo "installed $PREFIX/kense and the menu entry $APPS/kense.desktop"
