#!/usr/bin/env bash
# Installs Gradient Lab's .desktop file and icons for the current user (no root needed).
# Usage: scripts/install-desktop.sh /absolute/path/to/gradient-lab   (the venv's entry point)
set -euo pipefail
exec_path=${1:?usage: install-desktop.sh /absolute/path/to/gradient-lab}
[[ $exec_path == /* ]] || { echo "the Exec path must be absolute: $exec_path" >&2; exit 2; }
[[ -x $exec_path ]] || { echo "not executable: $exec_path (run make setup first)" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data/applications
icons=$data/icons/hicolor
mkdir -p "$apps" "$icons/scalable/apps"
for png in "$root"/resources/icons/gradient-lab-*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$icons/${size}x${size}/apps"
  install -m 644 "$png" "$icons/${size}x${size}/apps/gradient-lab.png"
done
install -m 644 "$root/resources/icons/gradient-lab.svg" "$icons/scalable/apps/gradient-lab.svg"
# Quote the Exec path as the Desktop Entry spec asks when it contains spaces.
escaped=$(printf '%s' "$exec_path" | sed -e 's/[\\"`$]/\\\\&/g')
sed -e "s|@EXEC@|\"$escaped\"|" "$root/resources/gradient-lab.desktop" > "$apps/gradient-lab.desktop.tmp"
mv "$apps/gradient-lab.desktop.tmp" "$apps/gradient-lab.desktop"
chmod 644 "$apps/gradient-lab.desktop"
# Scenario files (*.glab): the MIME type, so a double-click opens them in Gradient Lab.
mime=$data/mime
mkdir -p "$mime/packages"
install -m 644 "$root/resources/gradient-lab-mime.xml" "$mime/packages/gradient-lab.xml"
command -v update-mime-database >/dev/null && update-mime-database "$mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
command -v xdg-mime >/dev/null && xdg-mime default gradient-lab.desktop application/x-gradient-lab || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" || true
echo "Installed $apps/gradient-lab.desktop (Exec=$exec_path), icons under $icons and the .glab type under $mime"
