#!/bin/sh
# Pack the PyInstaller folder with the menu entry, icons and install script into
# dist/cmcc-desktop-<version>-linux-x86_64.tar.gz. Called by `make dist`.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=$1
BUILT="$ROOT/build/pyinstaller/dist/cmcc-desktop"
NAME="cmcc-desktop-$VERSION-linux-x86_64"
STAGE="$ROOT/build/stage/$NAME"
rm -rf "$STAGE"
mkdir -p "$STAGE" "$ROOT/dist"
cp -R "$BUILT" "$STAGE/cmcc-desktop"
cp "$ROOT/installer/linux/install.sh" "$ROOT/installer/linux/cmcc-desktop.desktop" "$STAGE/"
cp "$ROOT/resources/icons/cmcc-desktop.svg" "$STAGE/"
cp "$ROOT/resources/report/logo.png" "$STAGE/cmcc-desktop.png"
cp "$ROOT/installer/README.md" "$STAGE/README.md"
tar -C "$ROOT/build/stage" -czf "$ROOT/dist/$NAME.tar.gz" "$NAME"
echo "dist/$NAME.tar.gz"
