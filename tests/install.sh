#!/bin/sh
# make install into a folder of its own, then examples/api/render.c built
# against the installed library with pkg-config and run: the library the
# command line uses is the one installed. Prints PASS/FAIL lines.
# Usage: tests/install.sh TMPDIR
set -u
# absolute: the prefix is compiled into the program as its data folder
rm -rf "$1" && mkdir -p "$1" && T=$(cd "$1" && pwd)
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1${2:+: $2}"; }
if ! make -s install PREFIX="$T/prefix" BUILD="$T/build" >"$T/make.log" 2>&1; then
    fail "make install PREFIX=$T/prefix" "$(tail -3 "$T/make.log")"
    exit 0
fi
for f in bin/jixiao lib/libjixiao.a include/jixiao.h lib/pkgconfig/jixiao.pc share/jixiao/layouts/report.json; do
    [ -e "$T/prefix/$f" ] || fail "make install: no $f"
done
export PKG_CONFIG_PATH="$T/prefix/lib/pkgconfig"
if cc -std=c11 -Wall -Wextra -Werror examples/api/render.c $(pkg-config --cflags --libs --static jixiao) -o "$T/render" 2>"$T/cc.log"; then
    pass "examples/api/render.c builds with pkg-config --cflags --libs jixiao"
else fail "examples/api/render.c does not build" "$(head -3 "$T/cc.log")"; exit 0; fi
if (cd "$T" && ./render "$OLDPWD/examples/003-zaozhuang-selfeval-ip-aid.json" ip-aid.pdf 2>/dev/null) &&
    pdftotext "$T/ip-aid.pdf" - 2>/dev/null | grep -q "知识产权维权援助"; then
    pass "the installed library renders an input with its installed layouts"
else fail "the installed library's render" "$(ls "$T")"; fi
