#!/usr/bin/env bash
# Runs with --state give the same bytes with 1, 2 and 7 workers: the
# remembered papers (matched in batches when loaded) are not sent again,
# and the state remembers the same papers.
source "$(dirname "$0")/common.sh"
python3 "$REAM_SOURCE/tests/data/dedupe/make_corpus.py" 1500 5 > all.jsonl
head -n 1400 all.jsonl > monday.jsonl
for j in 1 2 7; do
  "$REAM" -j "$j" -i monday.jsonl dedupe --state "seen.$j.db" --run-id monday > "monday.$j"
  "$REAM" -j "$j" -i all.jsonl dedupe --state "seen.$j.db" --run-id tuesday > "tuesday.$j"
  "$REAM" -j "$j" -i all.jsonl dedupe --keep merge --state "seen.$j.db" --run-id wednesday > "wednesday.$j"
  "$REAM" -j "$j" dedupe --state "seen.$j.db" --list < /dev/null | jq -c 'del(.started)' > "list.$j"
done
[ -s tuesday.1 ] || fail "the second run sent nothing new"
expect_eq 0 "$(wc -l < wednesday.1 | tr -d ' ')" "papers sent again on the third run"
for j in 2 7; do
  for f in monday tuesday wednesday list; do
    cmp -s "$f.1" "$f.$j" || fail "-j $j $f differs from -j 1"
  done
done
