#!/usr/bin/env bash
# Every --keep mode gives the same bytes, warnings included, with 1, 2 and
# 7 workers, on a generated corpus of several batches (copies of a paper
# far apart, conflicts, errata, look-alike titles).
source "$(dirname "$0")/common.sh"
python3 "$REAM_SOURCE/tests/data/dedupe/make_corpus.py" 1500 > in.jsonl
for mode in "--keep first" "--keep most-complete" "--keep merge" "--keep-all" "--keep merge --keep-all"; do
  for j in 1 2 7; do
    # shellcheck disable=SC2086 # the mode is several words on purpose
    "$REAM" -j "$j" -i in.jsonl dedupe $mode > "out.$j" 2> "err.$j"
  done
  [ "$(wc -l < out.1)" -gt 1000 ] || fail "$mode: too few records out: $(wc -l < out.1)"
  for j in 2 7; do
    cmp -s out.1 "out.$j" || fail "$mode: -j $j output differs from -j 1"
    cmp -s err.1 "err.$j" || fail "$mode: -j $j warnings differ from -j 1"
  done
done
expect_contains "$(cat err.1)" "shares an identifier with" "the corpus has conflicts"
