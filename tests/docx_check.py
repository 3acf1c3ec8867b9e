"""Checks a DOCX jixiao wrote against the document tree it was made from
(render --tree), with python-docx and the package's XML: every text of the
tree in order, heading styles and numbers, tables with their merged cells
and header rows, the fonts of the roles, the chart's data.
Usage: docx_check.py DOC.docx TREE.json; prints what differs, exits 1 then."""
import html, json, os, re, sys, zipfile
import docx
from docx.oxml.ns import qn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from treetext import missing_in_order, tree_texts

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
path, tree_path = sys.argv[1], sys.argv[2]
tree = json.load(open(tree_path, encoding="utf-8"), parse_float=str)  # figures as written
d = docx.Document(path)
problems = []

def plain(s):
    return (s or "").replace("**", "")

def cell_texts(tbl):
    """Each cell's text where it starts (not where a span continues), in order."""
    out = []
    for tr in tbl.iter(W + "tr"):
        for tc in tr.iter(W + "tc"):
            vm = tc.find(W + "tcPr/" + W + "vMerge")
            if vm is not None and vm.get(W + "val") != "restart":
                continue
            out.append("\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.iter(W + "p")))
    return out

# the body in order: paragraphs (outside tables) and tables
stream, styles, tables = [], [], []
for el in d.element.body.iter():
    if el.tag == W + "tbl":
        tables.append(el)
        stream.extend(cell_texts(el))
    elif el.tag == W + "p" and not any(a.tag == W + "tc" for a in el.iterancestors()):
        text = "".join(t.text or "" for t in el.iter(W + "t"))
        st = el.find(W + "pPr/" + W + "pStyle")
        styles.append((st.get(W + "val") if st is not None else "Normal", text))
        if text:
            stream.append(text)
body = "\n".join(stream)

# every text of the tree, in order
expected, tree_tables, headings, _ = tree_texts(tree, plain)
problems += missing_in_order(expected, body)

# headings: their style's level, and a number before the text unless unnumbered
number = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)")
heads = [(s, t) for s, t in styles if s.startswith("Heading")]
if len(heads) != len(headings):
    problems.append("%d heading paragraphs, the tree has %d" % (len(heads), len(headings)))
for (style, text), h in zip(heads, headings):
    if style != "Heading%d" % h.get("level", 1):
        problems.append("heading %r has style %s, level %d" % (text[:30], style, h.get("level", 1)))
    if not text.endswith(plain(h["text"])):
        problems.append("heading %r does not end with %r" % (text[:30], h["text"][:30]))
    if h.get("numbered", True) and not number.match(text):
        problems.append("heading %r has no number" % text[:30])

# tables: count, merged cells, header rows
if len(tables) != len(tree_tables):
    problems.append("%d tables, the tree has %d" % (len(tables), len(tree_tables)))
for tbl, tb in zip(tables, tree_tables):
    spans = sum(1 for row in tb.get("rows", []) for c in row if isinstance(c, dict) and c.get("colspan", 1) > 1)
    vspans = sum(1 for row in tb.get("rows", []) for c in row if isinstance(c, dict) and c.get("rowspan", 1) > 1)
    got_spans = sum(1 for g in tbl.iter(W + "gridSpan") if int(g.get(W + "val")) > 1
                    and not (g.getparent().find(W + "vMerge") is not None and g.getparent().find(W + "vMerge").get(W + "val") != "restart"))
    got_vspans = sum(1 for v in tbl.iter(W + "vMerge") if v.get(W + "val") == "restart")
    if spans != got_spans or vspans != got_vspans:
        problems.append("table %r: %d/%d column/row spans, the tree has %d/%d" % ((tb.get("caption") or "")[:20], got_spans, got_vspans, spans, vspans))
    header = tb.get("header", 0)
    flagged = sum(1 for tr in tbl.iter(W + "tr") if tr.find(W + "trPr/" + W + "tblHeader") is not None)
    if flagged != header:
        problems.append("table %r: %d header rows flagged, the tree has %d" % ((tb.get("caption") or "")[:20], flagged, header))

# fonts by role, East Asian names set explicitly
want = {"Normal": None, "Heading1": "黑体", "Heading2": "楷体", "Heading3": "仿宋", "Heading4": "仿宋", "Title": "方正小标宋简体"}
st = d.styles.element
defaults = st.find(W + "docDefaults").find(".//" + W + "rFonts")
if defaults is None or defaults.get(W + "eastAsia") != "仿宋":
    problems.append("the default font is not 仿宋 for East Asian text")
for sid, font in want.items():
    s = st.find("%sstyle[@%sstyleId='%s']" % (W, W, sid))
    if s is None:
        problems.append("no style %s" % sid)
        continue
    if font:
        rf = s.find(".//" + W + "rFonts")
        if rf is None or rf.get(W + "eastAsia") != font:
            problems.append("style %s: eastAsia font %s, want %s" % (sid, rf.get(W + "eastAsia") if rf is not None else None, font))
for lvl in range(4):
    s = st.find("%sstyle[@%sstyleId='Heading%d']" % (W, W, lvl + 1))
    o = s.find(".//" + W + "outlineLvl") if s is not None else None
    if o is None or o.get(W + "val") != str(lvl):
        problems.append("Heading%d has no outline level %d" % (lvl + 1, lvl))

# charts: the bars' labels and values in the chart part
charts = [b for b in tree["blocks"] if b.get("type") == "chart"]
with zipfile.ZipFile(path) as z:
    for i, c in enumerate(charts):
        xml = z.read("word/charts/chart%d.xml" % (i + 1)).decode("utf-8")
        for bar in c.get("bars", []):
            if "<c:v>%s</c:v>" % bar["label"] not in xml:
                problems.append("chart %d: no bar %r" % (i + 1, bar["label"]))
        # each bar's label as the PDF prints it: its value in its own number format
        formats = [html.unescape(f) for f in re.findall(r'<c:dLbl><c:idx val="\d+"/><c:numFmt formatCode="([^"]*)"', xml)]
        for bar, fmt in zip(c.get("bars", []), formats):
            m = re.fullmatch(r'(0(?:\.(0+))?)?"(.*)"', fmt)
            shown = bar.get("shown", str(bar.get("value")))
            want = shown + c.get("unit", "") if shown[:1].isdigit() else shown
            got = (("%%.%df" % len(m.group(2) or "")) % float(bar["value"]) if m and m.group(1) else "") + (m.group(3) if m else "")
            if got != want:
                problems.append("chart %d: bar %r labelled %r, the PDF prints %r" % (i + 1, bar["label"], got, want))
        if len(formats) != len(c.get("bars", [])):
            problems.append("chart %d: %d labels for %d bars" % (i + 1, len(formats), len(c.get("bars", []))))
    if z.testzip() is not None:
        problems.append("a damaged member in the package")

for p in problems:
    print("%s: %s" % (path, p))
sys.exit(1 if problems else 0)
