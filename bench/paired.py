#!/usr/bin/python3
"""Runs commands in turn, round after round, and prints each one's median
wall and CPU time (user + system of the child) in ms: paired runs, so that
what else the machine does weighs on all alike.
    paired.py ROUNDS NAME=COMMAND ...   (COMMAND split on spaces)"""
import resource
import statistics
import subprocess
import sys
import time

rounds = int(sys.argv[1])
commands = [arg.split("=", 1) for arg in sys.argv[2:]]
wall = {name: [] for name, _ in commands}
cpu = {name: [] for name, _ in commands}
for _ in range(rounds):
    for name, command in commands:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command.split(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        wall[name].append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[name].append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
for name, _ in commands:
    print("%s %.1f %.1f" % (name, statistics.median(wall[name]), statistics.median(cpu[name])))
