#!/bin/sh
# Install Carnet Desk from this folder for the current user (no root, no Python needed):
#   ./install.sh            copies the programs to ~/.local/opt/carnet-desk, links carnet-app and
#                           carnet into ~/.local/bin, adds the menu entry, icons and metainfo.
#   PREFIX=/opt ./install.sh   (as root) for every user: /opt/carnet-desk, /usr/local/bin, /usr/share
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=org.carnetdesk.CarnetDesk
if [ -n "${PREFIX:-}" ]; then
  target="$PREFIX/carnet-desk"; bin=/usr/local/bin; share=/usr/share
else
  target="$HOME/.local/opt/carnet-desk"; bin="$HOME/.local/bin"
  share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
if [ "$here" != "$target" ]; then
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -a "$here" "$target"
fi
mkdir -p "$bin" "$share/applications" "$share/metainfo"
ln -sf "$target/carnet-app" "$bin/carnet-app"
ln -sf "$target/carnet" "$bin/carnet"
sed "s|^Exec=.*|Exec=$target/carnet-app|; s|^TryExec=.*|TryExec=$target/carnet-app|" \
  "$target/share/applications/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$target/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
(cd "$target/share/icons" && find hicolor -type f) | while read -r icon; do
  mkdir -p "$share/icons/$(dirname "$icon")"
  cp "$target/share/icons/$icon" "$share/icons/$icon"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Carnet Desk installed in $target; start it from the menu or with: carnet-app"
