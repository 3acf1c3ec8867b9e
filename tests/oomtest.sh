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
bad=0 runs=0 n=1
while :; do
    rm -f "$T/out.pdf"
    FAIL_AT=$n LD_PRELOAD="$T/failmalloc.so" timeout 60 "$BIN" render -o "$T/out.pdf" "$INPUT" >/dev/null 2>"$T/err"
    st=$?
    runs=$((runs + 1))
    if [ $st = 0 ]; then
        # the n-th allocation was past the render's last, or its failure was absorbed
        if ! qpdf --check "$T/out.pdf" >/dev/null 2>&1; then echo "FAIL at $n: exit 0 but the PDF is damaged"; bad=1; fi
        [ "$n" -gt 20000 ] && break
        if [ -z "$(ls -A "$T" | grep -v 'failmalloc.so\|err\|out.pdf')" ] && [ $((n % 97)) = 0 ] && ! grep -q . "$T/err"; then :; fi
    elif [ $st = 1 ] && grep -qi "memory" "$T/err" && [ ! -e "$T/out.pdf" ]; then
        :
    else
        echo "FAIL at allocation $n: exit $st: $(grep -v warning "$T/err" | head -c 200)"
        bad=1
    fi
    # past the last allocation every run succeeds: stop after a run of successes
    if [ $st = 0 ]; then ok_run=$(( ${ok_run:-0} + 1 )); else ok_run=0; fi
    [ "${ok_run:-0}" -ge 50 ] && break
    n=$((n + STRIDE))
done
echo "oomtest: $runs renders of $INPUT, each with one allocation failing (every ${STRIDE}th up to $n)"
[ $bad = 0 ] && echo "PASS oomtest" || echo "FAIL oomtest"
exit $bad
