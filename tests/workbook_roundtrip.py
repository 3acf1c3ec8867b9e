"""Two JSON files hold the same jixiao/1 input: the same members and
values, numbers compared as typed (40.00 is not 40).
Usage: workbook_roundtrip.py A.json B.json; prints the differences."""
import json, os, re, sys

def load(p):
    return json.load(open(p, encoding="utf-8"), parse_float=str, parse_int=str)

a, b = load(sys.argv[1]), load(sys.argv[2])
# an enumeration's code and its Chinese word (src/base/enums.c) are one value
enums = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "base", "enums.c")
WORD = {w: c for _, c, w in re.findall(r'\{"([^"]+)", "([^"]+)", "([^"]+)"\}', open(enums, encoding="utf-8").read())}
out = []

def diff(x, y, p=""):
    if type(x) != type(y):
        out.append("%s: %r in one, %r in the other" % (p, x, y))
    elif isinstance(x, dict):
        for k in list(x) + [k for k in y if k not in x]:
            if k not in x or k not in y:
                out.append("%s/%s: only in %s" % (p, k, sys.argv[1] if k in x else sys.argv[2]))
            else:
                diff(x[k], y[k], "%s/%s" % (p, k))
    elif isinstance(x, list):
        if len(x) != len(y):
            out.append("%s: %d items against %d" % (p, len(x), len(y)))
        for i, (u, v) in enumerate(zip(x, y)):
            diff(u, v, "%s/%d" % (p, i))
    elif x != y and WORD.get(x, x) != WORD.get(y, y):
        out.append("%s: %r against %r" % (p, x, y))

diff(a, b)
for o in out[:20]:
    print(o)
sys.exit(1 if out else 0)
