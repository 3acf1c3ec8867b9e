#!/bin/sh
# Installs the Typst compiler the benchmarks compare with (npm, pinned) into
# $PEERS_DIR, once; never run by the tests.
set -eu
pkg=@myriaddreamin/typst-ts-node-compiler
[ -d "$PEERS_DIR/node_modules/$pkg" ] && exit 0
mkdir -p "$PEERS_DIR"
cd "$PEERS_DIR" && npm install --no-audit --no-fund --silent "$pkg@0.7.0" >/dev/null
