"""Every character the document tree sets is on the PDF's pages at least
as often: a cell clipped to its box, a continued row that loses its label,
or a line dropped at a page break is short of characters, even when the
same words are printed elsewhere. Usage: chars_kept.py TREE.json DOC.pdf …
(pairs); prints what each PDF lacks."""
import collections, json, subprocess, sys

def texts(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, list):
        for v in o:
            yield from texts(v)
    elif isinstance(o, dict):
        for k in ("text", "caption", "rows", "blocks", "items"):
            if k in o:
                yield from texts(o[k])

# pdftotext joins a line ending in "-" to the next without it
IGNORED = set("-")

def lacks(tree_path, pdf_path):
    tree = json.load(open(tree_path, encoding="utf-8"))
    pdf = subprocess.run(["pdftotext", pdf_path, "-"], capture_output=True, text=True, check=True).stdout
    want = collections.Counter(c for t in texts(tree.get("blocks", [])) for c in t if not c.isspace() and c not in IGNORED)
    have = collections.Counter(c for c in pdf if not c.isspace())
    short = sorted((c, n, have[c]) for c, n in want.items() if have[c] < n)
    if not want: return "no text in the tree"
    return " ".join("%s %d/%d" % s for s in short[:12])

bad = 0
for tree_path, pdf_path in zip(sys.argv[1::2], sys.argv[2::2]):
    why = lacks(tree_path, pdf_path)
    if why:
        print(pdf_path, "lacks:", why)
        bad = 1
sys.exit(bad if len(sys.argv) > 2 else 1)
