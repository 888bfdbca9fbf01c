#!/bin/sh
# Remove what install.sh added (the data folder with the carnets database is left alone).
set -eu
app_id=org.carnetdesk.CarnetDesk
if [ -n "${PREFIX:-}" ]; then
  target="$PREFIX/carnet-desk"; bin=/usr/local/bin; share=/usr/share
else
  target="$HOME/.local/opt/carnet-desk"; bin="$HOME/.local/bin"
  share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
rm -f "$bin/carnet-app" "$bin/carnet" "$share/applications/$app_id.desktop" \
  "$share/metainfo/$app_id.metainfo.xml"
find "$share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
rm -rf "$target"
echo "Carnet Desk removed (your data folder is kept)."
