#!/usr/bin/python3
"""Runs every command shown in the README ("$ jixiao …" in a fenced block)
and compares what it prints with the lines shown under it. A line "…"
stands for any lines, none included; without one at the end, the output
ends where the sample does. Usage: readme_check.py README.md BIN SCRATCH"""
import os
import re
import subprocess
import sys


def samples(text):
    for block in re.findall(r"```[a-z]*\n(.*?)```", text, re.S):
        lines = block.rstrip("\n").split("\n")
        if not lines[0].startswith("$ jixiao"):
            continue
        command, shown = None, []
        for line in lines:
            if line.startswith("$ "):
                if command:
                    yield command, shown
                command, shown = line[2:], []
            else:
                shown.append(line)
        yield command, shown


def matches(shown, got):
    """Whether got is shown, with "…" standing for any run of lines."""
    if not shown:
        return not got
    if shown[0] == "…":
        return any(matches(shown[1:], got[k:]) for k in range(len(got) + 1))
    return bool(got) and got[0] == shown[0] and matches(shown[1:], got[1:])


def main():
    readme, binary, scratch = sys.argv[1:4]
    bindir = os.path.join(scratch, "bin")
    os.makedirs(bindir, exist_ok=True)
    os.makedirs("out", exist_ok=True)
    link = os.path.join(bindir, "jixiao")
    if not os.path.exists(link):
        os.symlink(os.path.abspath(binary), link)
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"])
    bad = ran = 0
    for command, shown in samples(open(readme, encoding="utf-8").read()):
        run = subprocess.run(["bash", "-o", "pipefail", "-c", command + " 2>&1"], env=env, capture_output=True, text=True)
        got = run.stdout.rstrip("\n").split("\n") if run.stdout.strip() else []
        ran += 1
        if not matches(shown, got):
            bad += 1
            print("README sample differs: $ " + command)
            print("  shown:\n    " + "\n    ".join(shown))
            print("  printed:\n    " + "\n    ".join(got[:40]))
    if ran == 0:
        print("no sample found in " + readme)
        bad = 1
    print("%d samples run" % ran)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
