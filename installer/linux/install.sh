#!/bin/sh
# Install CMCC Desktop for the current user (no administrator rights needed) and add it to the menu.
#   ./install.sh            install or upgrade (your data is never touched)
#   ./install.sh --remove   remove the program and its menu entry (your data stays)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET="$HOME/.local/opt/cmcc-desktop"
BIN="$HOME/.local/bin"
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
ICONS="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"

if [ "${1:-}" = "--remove" ]; then
    rm -rf "$TARGET" "$BIN/cmcc-desktop" "$APPS/cmcc-desktop.desktop" \
        "$ICONS/256x256/apps/cmcc-desktop.png" "$ICONS/scalable/apps/cmcc-desktop.svg"
    echo "CMCC Desktop removed. Your data is still in ${XDG_DATA_HOME:-$HOME/.local/share}/cmcc-desktop (data folder)."
    exit 0
fi

mkdir -p "$TARGET.new" "$BIN" "$APPS" "$ICONS/256x256/apps" "$ICONS/scalable/apps"
cp -R "$HERE/cmcc-desktop/." "$TARGET.new/"
rm -rf "$TARGET.old"
[ -d "$TARGET" ] && mv "$TARGET" "$TARGET.old"
mv "$TARGET.new" "$TARGET"
rm -rf "$TARGET.old"
ln -sf "$TARGET/cmcc-desktop" "$BIN/cmcc-desktop"
cp "$HERE/cmcc-desktop.png" "$ICONS/256x256/apps/cmcc-desktop.png"
cp "$HERE/cmcc-desktop.svg" "$ICONS/scalable/apps/cmcc-desktop.svg"
sed "s|@EXEC@|$TARGET/cmcc-desktop|" "$HERE/cmcc-desktop.desktop" > "$APPS/cmcc-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" >/dev/null 2>&1 || true
echo "CMCC Desktop installed in $TARGET."
echo "Start it from your menu, or run: $BIN/cmcc-desktop"
