"""What a reader of a document tree (render --tree) expects to find in a
rendered copy of it: shared by the DOCX and HTML checks."""


def tree_texts(tree, plain=lambda s: s, bar_labels=False):
    """Every text of the tree in reading order, and its tables, headings and
    charts. plain: how a text is written in the copy; bar_labels: whether the
    copy writes a chart's bar labels as text."""
    expected, tables, headings, charts = [], [], [], []
    for b in tree["blocks"]:
        t = b.get("type")
        if t in ("title", "paragraph"):
            expected += [plain(line) for line in b.get("text", "").split("\n") if line]
        elif t == "heading":
            expected.append(plain(b["text"]))
            headings.append(b)
        elif t == "toc":
            expected.append(b.get("text", "目录"))
        elif t == "table":
            tables.append(b)
            if b.get("caption"):
                expected.append(b["caption"])
            for row in b.get("rows", []):
                for c in row:
                    text = c if isinstance(c, str) else c.get("text", "")
                    expected += [plain(line) for line in text.split("\n") if line]
        elif t == "chart":
            charts.append(b)
            if b.get("caption"):
                expected.append(b["caption"])
            if bar_labels:
                expected += [bar["label"] for bar in b.get("bars", [])]
    return expected, tables, headings, charts


def missing_in_order(expected, body):
    """The expected texts not found in body in their order."""
    missing, at = [], 0
    for e in expected:
        found = body.find(e, at)
        if found < 0:
            missing.append("not found in order: %r (after offset %d)" % (e[:60], at))
        else:
            at = found + len(e)
    return missing
