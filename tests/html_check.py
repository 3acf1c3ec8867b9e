"""Checks a web page jixiao wrote against the document tree it was made
from (render --tree): every text of the tree in order, headings h2–h5 by
level with their numbers, one table per tree table with its caption, header
rows in <thead> as <th scope> cells and the tree's spans, each chart as SVG
with its figures as a table; lang, title and no script. The same checks run
on the DOM a browser built from the page (chromium --dump-dom), which shows
how it parsed the markup.
Usage: html_check.py PAGE.html TREE.json; prints what differs, exits 1 then."""
import json, os, re, sys
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from treetext import missing_in_order, tree_texts

path, tree_path = sys.argv[1], sys.argv[2]
# numbers as written ("80.00"): a chart shows its figures so
tree = json.load(open(tree_path, encoding="utf-8"), parse_float=str)
problems = []


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.headings, self.tables, self.stack = [], [], [], []
        self.lang = self.title = None
        self.scripts = self.svgs = 0
        self.skip = 0
        self.heading = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag in ("style", "title", "script"):
            self.skip += 1
            self.scripts += tag == "script"
            if tag == "title":
                self.title = ""
        if tag == "svg":
            self.svgs += 1
            self.skip += 1
        if tag in ("br", "p", "td", "th", "li", "caption", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.text.append("\n")
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = [tag, "", "nav" in self.stack]
        if tag == "table":
            self.tables.append({"class": a.get("class", ""), "caption": None, "rows": [], "head_rows": 0, "section": None})
        t = self.tables[-1] if self.tables else None
        if t is not None and tag in ("thead", "tbody"):
            t["section"] = tag
        if t is not None and tag == "tr":
            t["rows"].append([])
            if t["section"] == "thead":
                t["head_rows"] += 1
        if t is not None and tag in ("td", "th") and t["rows"]:
            t["rows"][-1].append({"tag": tag, "scope": a.get("scope"), "rowspan": int(a.get("rowspan", 1)),
                                  "colspan": int(a.get("colspan", 1)), "text": ""})
        if t is not None and tag == "caption":
            t["caption"] = ""
        if tag not in ("br", "col", "meta", "img", "link", "hr", "input", "path", "rect"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in ("style", "title", "script", "svg"):
            self.skip -= 1
        if re.fullmatch(r"h[1-6]", tag) and self.heading:
            self.headings.append(tuple(self.heading))
            self.heading = None
        if tag == "table" and self.tables:
            self.tables[-1]["section"] = "done"
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if self.title is not None and "title" in self.stack[-1:]:
            self.title += data
        if self.skip:
            return
        self.text.append(data)
        if self.heading:
            self.heading[1] += data
        t = next((t for t in reversed(self.tables) if t["section"] != "done"), None)
        if t is not None and "caption" in self.stack[-1:]:
            t["caption"] += data
        elif t is not None and t["rows"] and t["rows"][-1] and self.stack and self.stack[-1] in ("td", "th"):
            t["rows"][-1][-1]["text"] += data


page = Page()
page.feed(open(path, encoding="utf-8").read())
body = "".join(page.text)

if page.lang != "zh-CN":
    problems.append("<html lang> is %r, not zh-CN" % page.lang)
if not (page.title or "").strip():
    problems.append("no <title>")
if page.scripts:
    problems.append("the page holds a script")

expected, tree_tables, headings, charts = tree_texts(tree, bar_labels=True)
problems += missing_in_order(expected, body)

number = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)")
heads = [(tag, text) for tag, text, in_nav in page.headings if tag != "h1" and not in_nav]
if len(heads) != len(headings):
    problems.append("%d headings h2–h6, the tree has %d" % (len(heads), len(headings)))
for (tag, text), h in zip(heads, headings):
    if tag != "h%d" % (h.get("level", 1) + 1):
        problems.append("heading %r is %s, level %d" % (text[:30], tag, h.get("level", 1)))
    if not text.endswith(h["text"]):
        problems.append("heading %r does not end with %r" % (text[:30], h["text"][:30]))
    if h.get("numbered", True) and not number.match(text):
        problems.append("heading %r has no number" % text[:30])
titles = sum(1 for b in tree["blocks"] if b.get("type") == "title")
h1s = sum(1 for tag, _, _ in page.headings if tag == "h1")
if h1s != titles:
    problems.append("%d h1, the tree has %d titles" % (h1s, titles))

data_tables = [t for t in page.tables if "chart-data" in t["class"]]
doc_tables = [t for t in page.tables if "chart-data" not in t["class"]]
if len(doc_tables) != len(tree_tables):
    problems.append("%d tables, the tree has %d" % (len(doc_tables), len(tree_tables)))
for got, tb in zip(doc_tables, tree_tables):
    name = (tb.get("caption") or "")[:20]
    if tb.get("caption") and (got["caption"] or "").strip() != tb["caption"]:
        problems.append("table %r: caption %r" % (name, got["caption"]))
    rows = tb.get("rows", [])
    if len(got["rows"]) != len(rows):
        problems.append("table %r: %d rows, the tree has %d" % (name, len(got["rows"]), len(rows)))
        continue
    header = tb.get("header", 0)
    if got["head_rows"] != header:
        problems.append("table %r: %d rows in <thead>, the tree has %d header rows" % (name, got["head_rows"], header))
    for r, (grow, trow) in enumerate(zip(got["rows"], rows)):
        if len(grow) != len(trow):
            problems.append("table %r row %d: %d cells, the tree has %d" % (name, r + 1, len(grow), len(trow)))
            continue
        for g, c in zip(grow, trow):
            c = {"text": c} if isinstance(c, str) else c
            want = (c.get("rowspan", 1), c.get("colspan", 1))
            if (g["rowspan"], g["colspan"]) != want:
                problems.append("table %r row %d: a cell spans %s, the tree %s" % (name, r + 1, (g["rowspan"], g["colspan"]), want))
            if r < header and (g["tag"] != "th" or g["scope"] not in ("col", "colgroup")):
                problems.append("table %r row %d: a header cell is <%s scope=%s>" % (name, r + 1, g["tag"], g["scope"]))
            if g["text"].replace("\n", "") != c.get("text", "").replace("\n", ""):
                problems.append("table %r row %d: cell %r, the tree %r" % (name, r + 1, g["text"][:20], c.get("text", "")[:20]))
if page.svgs != len(charts) or len(data_tables) != len(charts):
    problems.append("%d SVG charts and %d data tables, the tree has %d charts" % (page.svgs, len(data_tables), len(charts)))
for got, ch in zip(data_tables, charts):
    values = [row[1]["text"] for row in got["rows"][1:] if len(row) == 2]
    if values != [bar.get("shown", str(bar.get("value"))) for bar in ch.get("bars", [])]:
        problems.append("chart %r: figures %s" % ((ch.get("caption") or "")[:20], values[:4]))

for p in problems:
    print("%s: %s" % (path, p))
sys.exit(1 if problems else 0)
