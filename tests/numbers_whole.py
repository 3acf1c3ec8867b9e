"""Checks that every number of a document tree's tables (three characters
or more: "99.49", "100.00%") stands whole on one line of a PDF's text, as
pdftotext gives it: no column of a reader's layout (LibreOffice's, a
browser's) broke one at its point or between its digits.
Usage: numbers_whole.py TREE.json TEXT.txt; prints what broke."""
import json, re, sys

tree = json.load(open(sys.argv[1], encoding="utf-8"))
lines = open(sys.argv[2], encoding="utf-8").read().split("\n")
numbers = {c if isinstance(c, str) else c.get("text", "") for b in tree["blocks"] if b["type"] == "table"
           for row in b["rows"] for c in row}
numbers = sorted(n for n in numbers if re.fullmatch(r"[0-9][0-9.,]*%?", n) and len(n) >= 3)
broken = [n for n in numbers if not any(n in line for line in lines)]
if broken or not numbers:
    print("numbers not on one line:", broken[:10], "of", len(numbers))
