#!/bin/sh
# Out of memory at every allocation of a render, one at a time: the n-th
# malloc, calloc or realloc of `jixiao render` fails (tests/oom/failmalloc.c,
# preloaded) for n = 1, 2, … up to the render's last, and each run must end
# with the document written whole, or with exit 1 and a message that says
# memory ran out — never a crash, a hang, silence, a misleading message or
# half a file. Usage: tests/oomtest.sh BIN INPUT TMPDIR [STRIDE]
set -u
BIN=$1 INPUT=$2 T=$3 STRIDE=${4:-1}
rm -rf "$T" && mkdir -p "$T"
cc -shared -fPIC -O1 -o "$T/failmalloc.so" tests/oom/failmalloc.c -ldl || exit 1
# how many allocations a whole render makes: the loop's end
FAIL_AT=0 COUNT_TO="$T/count" LD_PRELOAD="$T/failmalloc.so" "$BIN" render -o "$T/out.pdf" "$INPUT" >/dev/null 2>&1 || {
    echo "FAIL oomtest: the render fails without a failing allocation"; exit 1; }
total=$(cat "$T/count")
bad=0 runs=0 n=1
while [ "$n" -le "$total" ]; do
    rm -f "$T/out.pdf"
    timeout 60 env FAIL_AT=$n LD_PRELOAD="$T/failmalloc.so" "$BIN" render -o "$T/out.pdf" "$INPUT" >/dev/null 2>"$T/err"
    st=$?
    runs=$((runs + 1))
    if [ $st = 0 ]; then
        # the failure was absorbed (a face opened again, a second thread not started): the PDF must be whole
        if ! qpdf --check "$T/out.pdf" >/dev/null 2>&1; then echo "FAIL at allocation $n: exit 0 but the PDF is damaged"; bad=1; fi
    elif [ $st = 1 ] && grep -qi "memory" "$T/err" && [ ! -e "$T/out.pdf" ]; then
        :
    else
        echo "FAIL at allocation $n: exit $st: $(grep -v warning "$T/err" | head -c 200)"
        bad=1
    fi
    n=$((n + STRIDE))
done
echo "oomtest: $runs renders of $INPUT, the allocation failing every ${STRIDE}th of $total"
[ $bad = 0 ] && echo "PASS oomtest" || echo "FAIL oomtest"
exit $bad
