#!/bin/sh
# Fails on an include that runs against the pipeline's direction
# (docs/architecture.md): each folder of src/ may include only the folders
# listed for it; cJSON and libharu stay inside their readers and renderer,
# libzip, expat and libxlsxwriter are reached through base/lazy_*.h;
# only the flow dispatches to the block setters. Prints each offence.
cd "$(dirname "$0")/.." || exit 2
allowed() {
    case $1 in
    base) echo "base" ;;
    json) echo "base json" ;;
    input) echo "base json input" ;;
    doc) echo "base json doc" ;;
    layout) echo "base json input doc layout" ;;
    fonts) echo "base fonts" ;;
    engine) echo "base doc fonts engine" ;;
    render) echo "base doc fonts engine render" ;;
    workbook) echo "base json doc workbook" ;;
    pipeline) echo "base json workbook input doc layout fonts engine render pipeline" ;;
    batch) echo "base json workbook input doc layout fonts engine render pipeline batch" ;;
    cli) echo "base json workbook input doc layout fonts engine render pipeline batch cli" ;;
    *) echo "" ;;
    esac
}
bad=0
for f in src/*/*.[ch]; do
    dir=$(basename "$(dirname "$f")")
    ok=$(allowed "$dir")
    [ -n "$ok" ] || { echo "$f: a folder the architecture does not name"; bad=1; continue; }
    for inc in $(sed -n 's/^#include "\([a-z]*\)\/.*"$/\1/p' "$f"); do
        case " $ok " in *" $inc "*) ;; *) echo "$f: includes $inc/, which $dir/ may not"; bad=1 ;; esac
    done
    if grep -q '#include <cjson/cJSON.h>' "$f"; then
        case $f in src/json/reader.[ch] | src/json/leaves.c | src/input/read.c | src/doc/read_doc.c | src/layout/read_layout.c) ;;
        *) echo "$f: uses cJSON outside the readers"; bad=1 ;; esac
    fi
    if grep -q '#include <\(zip\|expat\|xlsxwriter\)\.h>' "$f"; then
        case $f in src/base/lazy_zip.h | src/base/lazy_expat.h | src/base/lazy_xlsxwriter.h) ;;
        *) echo "$f: includes libzip, expat or libxlsxwriter, which are opened on first use: include base/lazy_*.h"; bad=1 ;; esac
    fi
    if grep -q '#include <hpdf.h>' "$f"; then
        [ "$f" = src/render/pdf.c ] || { echo "$f: uses libharu outside render/pdf.c"; bad=1; }
    fi
    if grep -q '#include "engine/\(table\|chart\|image\)\.h"' "$f"; then
        case $f in src/engine/flow.c | src/engine/table.c | src/engine/chart.c | src/engine/image.c) ;;
        *) echo "$f: only the flow dispatches to the block setters"; bad=1 ;; esac
    fi
done
exit $bad
