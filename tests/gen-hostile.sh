#!/bin/sh
# Writes inputs of hostile size into build/hostile/ (too large to commit):
# a string over the 1 MiB limit, an input over the 16 MiB limit, 10,001
# indicators, nesting 65 deep, and 20,000 unknown keys.
set -eu
out=${1:-build/hostile}
mkdir -p "$out"
head='{"format":"jixiao/1","year":2022,"subject":{"name":"'
{ printf '%s' "$head"; head -c 1048577 /dev/zero | tr '\0' 'a'; printf '"}}\n'; } >"$out/long-string.json"
{ head -c 16777217 /dev/zero | tr '\0' ' '; printf '{}\n'; } >"$out/too-large.json"
awk 'BEGIN { printf "{\"format\":\"jixiao/1\",\"year\":2022,\"subject\":{\"name\":\"a\"},\"scoring\":{\"indicators\":[";
             for (i = 0; i < 10001; i++) printf "%s{\"name\":\"x\",\"weight\":0,\"score\":0}", (i ? "," : "");
             print "]}}" }' >"$out/many-indicators.json"
awk 'BEGIN { for (i = 0; i < 65; i++) printf "["; for (i = 0; i < 65; i++) printf "]"; print "" }' >"$out/deep.json"
awk 'BEGIN { printf "{\"format\":\"jixiao/1\",\"year\":2022,\"subject\":{\"name\":\"a\"";
             for (i = 0; i < 20000; i++) printf ",\"k%d\":1", i; print "}}" }' >"$out/many-unknown-keys.json"
awk 'BEGIN { printf "{\"format\":\"jixiao/1\",\"year\":2022,\"subject\":{\"name\":\"a\"},\"goals\":{\"indicators\":[";
             for (i = 0; i < 1000; i++) printf "%s{\"name\":\"g%d\"}", (i ? "," : ""), i;
             print "]},\"scoring\":{\"indicators\":[{\"name\":\"x\",\"weight\":100,\"score\":100}]}}" }' >"$out/many-goals.json"
# 1,000 attachments, each a small document
awk 'BEGIN { printf "{\"format\":\"jixiao/1\",\"year\":2022,\"subject\":{\"name\":\"a\"},\"attachments\":[";
             for (i = 0; i < 1000; i++) printf "%s{\"layout\":\"selfeval-shanxi\",\"input\":{\"format\":\"jixiao/1\",\"year\":2022,\"subject\":{\"name\":\"b\"},\"scoring\":{\"indicators\":[{\"name\":\"x\",\"weight\":100,\"score\":100}]}}}", (i ? "," : ""); print "],\"scoring\":{\"indicators\":[{\"name\":\"x\",\"weight\":100,\"score\":100}]}}" }' >"$out/many-attachments.json"
