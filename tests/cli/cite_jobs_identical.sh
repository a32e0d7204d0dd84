#!/usr/bin/env bash
# `cite` gives the same bytes (records and --graph) with -j 1, 2 and 7:
# buffered and with --index, on three generated corpora of records that
# cite each other (several batches each), on the shipped samples and on
# the cite test stream, with --on-error=skip --reject too.
source "$(dirname "$0")/common.sh"
same_for_every_j() {  # same_for_every_j INPUT CITE-OPTIONS...: cmp of -j 1, 2, 7
  local input=$1
  shift
  for j in 1 2 7; do
    "$REAM" -j "$j" --on-error=skip --reject "rej$j" -i "$input" cite --graph "graph$j.csv" --graph-format csv "$@" \
      >"out$j.jsonl"
  done
  for j in 2 7; do
    cmp out1.jsonl "out$j.jsonl" || fail "cite $* on $input: -j $j differs from -j 1"
    cmp graph1.csv "graph$j.csv" || fail "cite --graph $* on $input: -j $j differs from -j 1"
    cmp rej1 "rej$j" || fail "cite $* on $input: rejects of -j $j differ from -j 1"
  done
}
for seed in 1 2 3; do
  python3 "$REAM_SOURCE/tests/data/cite/linked_corpus.py" 1500 "$seed" >corpus.jsonl
  echo '{"id": broken' >>corpus.jsonl
  same_for_every_j corpus.jsonl
  [ "$(jq -s 'map(select(.cites | length > 0)) | length' out1.jsonl)" -gt 600 ] || fail "seed $seed: too few citations"
  [ "$(jq -s '[.[].links[] | select(.kind == "record")] | length' out1.jsonl)" -gt 600 ] ||
    fail "seed $seed: too few title mentions"
  expect_eq 1 "$(wc -l <rej1)" "the broken line is rejected"
  same_for_every_j corpus.jsonl --titles exact
  head -n 500 corpus.jsonl >index.jsonl
  same_for_every_j corpus.jsonl --index index.jsonl
  [ "$(jq -s 'map(select(.cites | length > 0)) | length' out1.jsonl)" -gt 200 ] || fail "seed $seed: --index linked too little"
done
"$REAM" import "$REAM_SOURCE"/share/ream/samples/library.bib >samples.jsonl
same_for_every_j samples.jsonl
same_for_every_j "$REAM_SOURCE/tests/data/cite/stream.jsonl"
same_for_every_j "$REAM_SOURCE/tests/data/cite/stream.jsonl" --index "$REAM_SOURCE/tests/data/cite/stream.jsonl"
