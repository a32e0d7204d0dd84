#!/usr/bin/env bash
# --report, --dropped and the model estimated from the input (EM over the
# candidate pairs, --save-model) are the same bytes with 1, 2 and 7
# workers, in the streaming mode and in a mode that decides at the end.
source "$(dirname "$0")/common.sh"
python3 "$REAM_SOURCE/tests/data/dedupe/make_corpus.py" 1500 7 > in.jsonl
for mode in "--keep first" "--keep merge"; do
  for j in 1 2 7; do
    # shellcheck disable=SC2086 # the mode is two words on purpose
    "$REAM" -j "$j" -i in.jsonl dedupe $mode --report "report.$j" --dropped "dropped.$j" \
      --save-model "model.$j" > "out.$j"
  done
  expect_eq true "$(jq -s 'map(select((.pairs | length) > 0)) | length > 100' report.1)" "$mode: clusters with pairs"
  [ -s dropped.1 ] || fail "$mode: nothing dropped"
  for j in 2 7; do
    for f in out report dropped model; do
      cmp -s "$f.1" "$f.$j" || fail "$mode: -j $j $f differs from -j 1"
    done
  done
done
