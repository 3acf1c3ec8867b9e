#!/usr/bin/python3
"""Fails on an include that runs against the pipeline's direction
(docs/architecture.md): each folder of src/ may include only the folders
listed for it; cJSON and libharu stay inside their readers and renderer,
libzip, expat and libxlsxwriter are reached through base/lazy_*.h; only the
flow dispatches to the block setters. An #include is resolved as the
compiler resolves it — whatever its spelling ("#  include", a comment after
it, "../", <> for a project header): against the including file's folder
(for "..."), then -Iinclude and -Isrc; what resolves nowhere there is a
system header, named as written. Prints each offence; exit 1 if any."""
import os
import re
import sys

ALLOWED = {
    "base": "base", "json": "base json", "input": "base json input", "doc": "base json doc",
    "layout": "base json input doc layout", "fonts": "base fonts", "engine": "base doc fonts engine",
    "render": "base doc fonts engine render", "workbook": "base json doc workbook",
    "pipeline": "base json workbook input doc layout fonts engine render pipeline",
    "batch": "base json workbook input doc layout fonts engine render pipeline batch",
    "cli": "base json workbook input doc layout fonts engine render pipeline batch cli",
}
READERS = {"src/json/reader.c", "src/json/reader.h", "src/json/leaves.c", "src/input/read.c", "src/doc/read_doc.c",
           "src/layout/read_layout.c"}
LAZY = {"src/base/lazy_zip.h", "src/base/lazy_expat.h", "src/base/lazy_xlsxwriter.h"}
SETTERS = {"src/engine/table.h", "src/engine/chart.h", "src/engine/image.h"}
DISPATCH = {"src/engine/flow.c", "src/engine/table.c", "src/engine/chart.c", "src/engine/image.c"}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]*)[">]', re.M)


def resolve(path, name, quoted):
    candidates = ([os.path.dirname(path)] if quoted else []) + ["include", "src"]
    for d in candidates:
        full = os.path.normpath(os.path.join(d, name))
        if os.path.exists(full):
            return full
    return "<%s>" % name


def offences(path):
    folder = path.split("/")[1]
    if folder not in ALLOWED:
        yield "a folder the architecture does not name"
        return
    ok = ALLOWED[folder].split()
    for quote, name in INCLUDE.findall(open(path, encoding="utf-8").read()):
        got = resolve(path, name, quote == '"')
        parts = got.split("/")
        if got.startswith("src/") and len(parts) == 3:
            if parts[1] not in ok:
                yield "includes %s/, which %s/ may not" % (parts[1], folder)
            if got in SETTERS and path not in DISPATCH:
                yield "only the flow dispatches to the block setters"
        elif got.startswith("src/") or got.startswith(".."):
            yield "includes %s, outside the pipeline's folders" % got
        elif got == "<cjson/cJSON.h>" and path not in READERS:
            yield "uses cJSON outside the readers"
        elif got in ("<zip.h>", "<expat.h>", "<xlsxwriter.h>") and path not in LAZY:
            yield "includes libzip, expat or libxlsxwriter, which are opened on first use: include base/lazy_*.h"
        elif (got == "<hpdf.h>" or got.startswith("<hpdf_")) and path != "src/render/pdf.c":
            yield "uses libharu outside render/pdf.c"


def main():
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    bad = 0
    for folder in sorted(os.listdir("src")):
        for name in sorted(os.listdir(os.path.join("src", folder))):
            if name.endswith((".c", ".h")):
                path = "src/%s/%s" % (folder, name)
                for why in offences(path):
                    print("%s: %s" % (path, why))
                    bad = 1
    return bad


sys.exit(main())
