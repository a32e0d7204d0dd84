#!/usr/bin/env bash
# --level work (a paper's versions joined) gives the same bytes and
# report with 1, 2 and 7 workers.
source "$(dirname "$0")/common.sh"
python3 "$REAM_SOURCE/tests/data/dedupe/make_corpus.py" 1200 3 > in.jsonl
for mode in "--keep first" "--keep-all"; do
  for j in 1 2 7; do
    # shellcheck disable=SC2086 # the mode is one or two words on purpose
    "$REAM" -j "$j" -i in.jsonl dedupe --level work $mode --report "report.$j" > "out.$j"
  done
  for j in 2 7; do
    cmp -s out.1 "out.$j" || fail "--level work $mode: -j $j output differs from -j 1"
    cmp -s report.1 "report.$j" || fail "--level work $mode: -j $j report differs from -j 1"
  done
  [ "$mode" == "--keep first" ] && cp out.1 work.out
done
# The level is in force: it joins more than --level publication.
"$REAM" -j 2 -i in.jsonl dedupe > publication.out
[ "$(wc -l < work.out)" -lt "$(wc -l < publication.out)" ] || fail "--level work kept more than publication"
