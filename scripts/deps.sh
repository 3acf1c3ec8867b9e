#!/bin/sh
# Installs the Debian packages a target needs, or prints the apt-get line
# when not running as root. Usage: scripts/deps.sh build|test|ci|bench
set -eu
fonts="fonts-noto-cjk fonts-lxgw-wenkai fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei"
build="libcjson-dev libhpdf-dev libharfbuzz-dev libpng-dev libjpeg-dev libdeflate-dev libzip-dev libexpat1-dev libxlsxwriter-dev libicu-dev pkg-config $fonts"
test="$build libgmp-dev valgrind poppler-utils qpdf python3-jsonschema python3-docx python3-openpyxl python3-pdfminer python3-jieba parallel tidy libfreetype-dev"
# the peers the benchmark compares with: XeLaTeX with ctex (Typst comes from npm)
bench="$build hyperfine time poppler-utils texlive-xetex texlive-lang-chinese"
# CI's slow tier: LibreOffice converts a DOCX and opens the 汇总表 workbook, fontTools remakes the
# test fonts, Chromium opens and prints the web pages
ci="$test libreoffice-writer-nogui libreoffice-calc-nogui python3-fonttools chromium"
case "${1:-build}" in
build) want=$build ;;
test) want=$test ;;
ci) want=$ci ;;
bench) want=$bench ;;
*) echo "usage: $0 build|test|ci|bench" >&2; exit 2 ;;
esac
missing=""
for p in $want; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq $missing >/dev/null
else
    echo "missing Debian packages; run:" >&2
    echo "  sudo apt-get install$missing" >&2
    exit 1
fi
