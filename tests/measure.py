#!/usr/bin/python3
"""Measures the tables and titles of rendered PDFs as a typesetter reads them.

usage: measure.py [--tree PDF=TREE.json ...] PDF...

Reports, one line each, and exits 1 when any is found:
  empty   a page more than a third empty before a table goes on (or starts)
          at the head of the next page;
  gap     a line in a ruled table cell whose characters stand more than
          1 em apart (cells are found by their rules; a 三线表 has no
          vertical rules, so its cells are not measured);
  header  a page a table continues on that does not open with the header
          row last seen in that table, or with the heading rows of a new
          part of it (header rows come from the document tree, `jixiao
          render --tree`);
  cell    a cell of a ruled table of the document tree whose text is not found
          whole between the rules of one cell, or of two (a row split at a
          page break goes on in the next page's cell; a label set again
          there ends in （续）) — each as often as the tree has it;
  title   a title line (18 pt and up), or a hanging field of the cover, that
          breaks inside a word; words are jieba's (python3-jieba), a
          segmenter independent of the one jixiao uses (ICU); a cover
          field that wraps to the margin instead of hanging is reported too.
"""
import json
import re
import sys
from collections import Counter

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTCurve

EPS = 1.0


def walk(obj):
    if isinstance(obj, LTChar) or not hasattr(obj, "__iter__"):
        yield obj
        return
    for child in obj:
        yield from walk(child)


class Page:
    def __init__(self, layout):
        self.chars, self.hrules, self.vrules = [], [], []
        for o in walk(layout):
            if isinstance(o, LTChar) and o.get_text().strip():
                self.chars.append(o)
            elif isinstance(o, LTCurve):
                x0, y0, x1, y1 = o.bbox
                if y1 - y0 < 2 and x1 - x0 > 2:
                    self.hrules.append((x0, x1, (y0 + y1) / 2))
                elif x1 - x0 < 2 and y1 - y0 > 2:
                    self.vrules.append(((x0 + x1) / 2, y0, y1))
        folio = re.compile(r"^[—–-]\s*\d+\s*[—–-]$")
        lines = group_lines(self.chars)
        self.body = [c for line in lines if not folio.match(text_of(line)) for c in line]

    def content_bottom(self):
        ys = [c.y0 for c in self.body] + [y for _, _, y in self.hrules]
        return min(ys) if ys else None

    def content_top(self):
        ys = [c.y1 for c in self.body] + [y for _, _, y in self.hrules]
        return max(ys) if ys else None

    def starts_with_rule(self):
        top = self.content_top()
        return bool(self.hrules) and top is not None and max(y for _, _, y in self.hrules) >= top - EPS

    def ends_with_rule(self):
        bottom = self.content_bottom()
        return bool(self.hrules) and bottom is not None and min(y for _, _, y in self.hrules) <= bottom + EPS

    def levels(self):
        """Distinct heights of horizontal rules, top first."""
        out = []
        for y in sorted((y for _, _, y in self.hrules), reverse=True):
            if not out or out[-1] - y > EPS:
                out.append(y)
        return out


def group_lines(chars):
    lines = {}
    for c in chars:
        lines.setdefault(round(c.y0, 1), []).append(c)
    return [sorted(v, key=lambda c: c.x0) for _, v in sorted(lines.items(), key=lambda kv: -kv[0])]


def text_of(chars):
    return "".join(c.get_text() for c in chars)


def cell_of(page, c):
    """The vertical rules left and right of a character, at its height: of
    its middle, since a bracket set half-width at a line's start or end
    lends the empty half of its box to the cell's margin."""
    mid, mid_x = (c.y0 + c.y1) / 2, (c.x0 + c.x1) / 2
    left = [x for x, y0, y1 in page.vrules if y0 - EPS <= mid <= y1 + EPS and x <= mid_x]
    right = [x for x, y0, y1 in page.vrules if y0 - EPS <= mid <= y1 + EPS and x >= mid_x]
    if not left or not right:
        return None
    return (round(max(left), 1), round(min(right), 1))


def box_of(page, c):
    """The rules around a character: left, right, above, below."""
    sides = cell_of(page, c)
    if not sides:
        return None
    mid_x, mid_y = (c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2
    above = [y for x0, x1, y in page.hrules if x0 - EPS <= mid_x <= x1 + EPS and y >= mid_y]
    below = [y for x0, x1, y in page.hrules if x0 - EPS <= mid_x <= x1 + EPS and y <= mid_y]
    if not above or not below:
        return None
    return sides + (round(min(above), 1), round(max(below), 1))


def cell_texts(pages):
    """The text between the rules of each cell of every page, in page order."""
    texts = []
    for page in pages:
        boxes = {}
        for c in page.body:
            box = box_of(page, c)
            if box:
                boxes.setdefault(box, []).append(c)
        for box in sorted(boxes, key=lambda b: (-b[2], b[0])):
            text = "".join(text_of(line) for line in group_lines(boxes[box]))
            texts.append(re.sub(r"\s", "", text).removesuffix("（续）"))
    return texts


def tree_cells(tree_file):
    with open(tree_file, encoding="utf-8") as f:
        tree = json.load(f)
    for block in tree.get("blocks", []):
        if block.get("type") != "table" or block.get("style") == "three-line":
            continue
        for row in block["rows"]:
            for c in row:
                text = re.sub(r"\s", "", c if isinstance(c, str) else c.get("text", ""))
                if text:
                    yield text


def measure_cells(name, pages, tree_file, out):
    """Each cell of the tree whole in one cell of the pages, or in two that a
    page break parts, as often as the tree has it."""
    have = Counter(cell_texts(pages))
    for text in tree_cells(tree_file):
        if have[text] > 0:
            have[text] -= 1
            continue
        split = next((a for a in list(have) if have[a] > 0 and a and text.startswith(a) and have[text[len(a):]] > 0), None)
        if split is None:
            out.append(f"{name}: cell: \"{text[:40]}\" is not whole in a cell of the pages")
            continue
        have[split] -= 1
        have[text[len(split):]] -= 1


def measure_gaps(name, number, page, out):
    cells = {}
    for c in page.body:
        cell = cell_of(page, c)
        if cell:
            cells.setdefault((cell, round(c.y0, 1)), []).append(c)
    for (cell, _), chars in cells.items():
        chars.sort(key=lambda c: c.x0)
        for a, b in zip(chars, chars[1:]):
            gap = b.x0 - a.x1
            if gap > a.size + 0.01:
                out.append(f"{name}: page {number}: gap: {gap / a.size:.2f} em in \"{text_of(chars)}\"")
                break


def band_chars(page, top, bottom):
    return [c for c in page.body if bottom - EPS <= (c.y0 + c.y1) / 2 <= top + EPS]


def matches(chars, header):
    have = Counter(c.get_text() for c in chars)
    return all(have[ch] >= n for ch, n in Counter(header).items())


def table_headers(tree_file):
    with open(tree_file, encoding="utf-8") as f:
        tree = json.load(f)
    heads = []
    for block in tree.get("blocks", []):
        if block.get("type") != "table":
            continue
        rows = block["rows"]
        groups = [range(block.get("header", 0))] + [[i] for i in block.get("subheads", [])]
        for group in groups:
            # a cell spanning on below the heading rows is set with the rows it spans
            cells = [c if isinstance(c, str) else c.get("text", "") for i in group for c in rows[i]
                     if isinstance(c, str) or i + c.get("rowspan", 1) <= max(group) + 1]
            heads.append("".join(cells).replace("\n", "").replace(" ", ""))
    return [h for h in heads if h]


def measure_headers(name, pages, heads, out):
    """A table goes on where a page ends on a rule and the next opens with
    one; the next must open with the last header row seen in the table."""
    last = None
    for i, page in enumerate(pages):
        levels = page.levels()
        if i > 0 and page.starts_with_rule() and pages[i - 1].ends_with_rule() and last:
            tops = [band_chars(page, levels[0], levels[k]) for k in range(1, min(4, len(levels)))]
            # the page may open a new part of the table, under its own heading
            if not any(matches(top, h) for top in tops for h in [last] + heads):
                out.append(f"{name}: page {i + 1}: header: the table goes on without \"{last}\"")
        elif not (i > 0 and page.starts_with_rule() and pages[i - 1].ends_with_rule()):
            last = None
        for k in range(len(levels)):
            for span in range(1, 4):
                if k + span >= len(levels):
                    break
                band = band_chars(page, levels[k], levels[k + span])
                found = [h for h in heads if matches(band, h) and len(band) <= len(h) + 12]
                if found:
                    last = max(found, key=len)


def measure_empty(name, pages, out):
    tops = [p.content_top() for p in pages if p.content_top() is not None]
    bottoms = [p.content_bottom() for p in pages if p.content_bottom() is not None]
    if not tops:
        return
    top, bottom = max(tops), min(bottoms)
    for i in range(len(pages) - 1):
        here, there = pages[i], pages[i + 1]
        if not there.starts_with_rule() or here.content_bottom() is None:
            continue
        empty = (here.content_bottom() - bottom) / (top - bottom)
        if empty > 1 / 3:
            out.append(f"{name}: page {i + 1}: empty: {empty:.0%} of the page is empty before the table on page {i + 2}")


def word_bounds(text):
    import logging
    import jieba
    jieba.setLogLevel(logging.ERROR)
    bounds, pos = set(), 0
    for w in jieba.cut(text):
        pos += len(w)
        bounds.add(pos)
    return bounds


# Breaks the published documents themselves make where jieba joins the two
# words ("工作评议"): 003 L4531 sets "…食品安全工作 / 评议考核激励资金…".
PUBLISHED_BREAKS = {("食品安全工作", "评议考核")}


def published_break(first, second):
    return any(first.endswith(a) and second.startswith(b) for a, b in PUBLISHED_BREAKS)


def measure_titles(name, pages, out):
    """Titles (18 pt and up) and the cover's hanging fields: a line that
    goes on in the next must end between two words of the whole."""
    for number, page in enumerate(pages, 1):
        ys = [y for _, _, y in page.hrules]
        in_table = (lambda c: min(ys) - EPS <= c.y0 <= max(ys) + EPS) if len(ys) > 1 else (lambda c: False)
        lines = group_lines([c for c in page.body if not in_table(c)])
        for a, b in zip(lines, lines[1:]):
            size = a[0].size
            if abs(b[0].size - size) > 0.01 or b[0].y1 < a[0].y0 - 2.2 * size:
                continue
            title = size >= 18
            hanging = number == 1 and b[0].x0 > a[0].x0 + size
            first, second = text_of(a), text_of(b)
            if number == 1 and not title and b[0].x0 < a[0].x0 - size and "：" in first:
                out.append(f"{name}: page {number}: title: \"{first}/{second}\" wraps to the margin, not under its text")
            if not (title or hanging):
                continue
            if first.endswith(("。", "：")):
                continue
            if len(first) not in word_bounds(first + second) and not published_break(first, second):
                out.append(f"{name}: page {number}: title: \"{first}/{second}\" breaks inside a word")


def main(argv):
    trees, pdfs = {}, []
    args = iter(argv)
    for a in args:
        if a == "--tree":
            pdf, tree = next(args).split("=", 1)
            trees[pdf] = tree
        else:
            pdfs.append(a)
    out = []
    for pdf in pdfs:
        pages = [Page(p) for p in extract_pages(pdf)]
        name = pdf.split("/")[-1]
        for number, page in enumerate(pages, 1):
            measure_gaps(name, number, page, out)
        measure_empty(name, pages, out)
        if pdf in trees:
            measure_headers(name, pages, table_headers(trees[pdf]), out)
            measure_cells(name, pages, trees[pdf], out)
        measure_titles(name, pages, out)
    for line in out:
        print(line)
    print(f"measured {len(pdfs)} PDFs: {len(out)} findings")
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
