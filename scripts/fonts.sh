#!/bin/sh
# Puts a free 仿宋 into fonts/: FandolFang (GPL-3 with the font exception,
# covering the 6,763 GB2312 hanzi) is packaged by Debian only inside
# texlive-lang-chinese, so the package is downloaded, not installed, and
# only the font and its licence are taken out of it.
# Usage: scripts/fonts.sh [FOLDER]   (default: fonts)
set -eu
dest=${1:-fonts}
[ -s "$dest/fangsong.otf" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download texlive-lang-chinese >/dev/null 2>&1) ||
    { apt-get update -qq >/dev/null 2>&1 && (cd "$work" && apt-get download texlive-lang-chinese >/dev/null 2>&1); } ||
    { echo "fonts: cannot download texlive-lang-chinese; 仿宋 keeps its stand-in (jixiao fonts tells which)" >&2; exit 1; }
font=./usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf
docs=./usr/share/doc/texlive-doc/fonts/fandol
dpkg-deb --fsys-tarfile "$work"/texlive-lang-chinese_*.deb | tar -x -C "$work" "$font" "$docs/README" "$docs/COPYING.gz"
mkdir -p "$dest"
cp "$work/$docs/README" "$dest/FandolFang.README"
gzip -dc "$work/$docs/COPYING.gz" >"$dest/FandolFang.COPYING"
cp "$work/$font" "$dest/.fangsong.otf.part"
mv "$dest/.fangsong.otf.part" "$dest/fangsong.otf"
echo "fonts: $dest/fangsong.otf is FandolFang Regular (from texlive-lang-chinese)"
