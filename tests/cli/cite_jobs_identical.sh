#!/usr/bin/env bash
# `cite` gives the same bytes (records, --graph and --save-index) with
# -j 1, 2 and 7: buffered and with --index, on three generated corpora of
# records that cite each other (several batches each, in both passes:
# the first keys records on the workers too), with every --titles mode,
# on a variant with non-ASCII titles, records without ids and ISBN and
# URL keys, on the shipped samples and on the cite test stream, with
# --on-error=skip --reject too.
source "$(dirname "$0")/common.sh"
same_for_every_j() {  # same_for_every_j INPUT CITE-OPTIONS...: cmp of -j 1, 2, 7
  local input=$1
  shift
  for j in 1 2 7; do
    "$REAM" -j "$j" --on-error=skip --reject "rej$j" -i "$input" cite --graph "graph$j.csv" --graph-format csv \
      --save-index "index$j.idx" "$@" >"out$j.jsonl"
  done
  for j in 2 7; do
    cmp out1.jsonl "out$j.jsonl" || fail "cite $* on $input: -j $j differs from -j 1"
    cmp graph1.csv "graph$j.csv" || fail "cite --graph $* on $input: -j $j differs from -j 1"
    cmp index1.idx "index$j.idx" || fail "cite --save-index $* on $input: -j $j differs from -j 1"
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
  same_for_every_j corpus.jsonl --titles off
  head -n 500 corpus.jsonl >index.jsonl
  same_for_every_j corpus.jsonl --index index.jsonl
  [ "$(jq -s 'map(select(.cites | length > 0)) | length' out1.jsonl)" -gt 200 ] || fail "seed $seed: --index linked too little"
done
# Titles that go through ICU (accents, Greek letters), records whose id
# cite makes from their identifiers, and ISBN and URL keys: the keys the
# workers compute for the index must be the ones -j 1 computes.
python3 "$REAM_SOURCE/tests/data/cite/linked_corpus.py" 1200 4 | python3 -c '
import json, sys
for i, line in enumerate(sys.stdin):
    rec = json.loads(line)
    if i % 3 == 0 and "title" in rec:
        rec["title"] = rec["title"].replace("quantum", "quántum").replace("spectral", "Ψ-spectral")
    if i % 5 == 1:
        del rec["id"]
    if i % 7 == 2:
        rec["isbn"] = [f"978-3-16-{i:06d}-0"]
        rec["url"] = [f"https://example.org/p/{i % 1000}"]
    print(json.dumps(rec, ensure_ascii=False))
' >variant.jsonl
same_for_every_j variant.jsonl
[ "$(jq -s 'map(select(.cites | length > 0)) | length' out1.jsonl)" -gt 300 ] || fail "variant: too few citations"
same_for_every_j variant.jsonl --titles exact
"$REAM" import "$REAM_SOURCE"/share/ream/samples/library.bib >samples.jsonl
same_for_every_j samples.jsonl
same_for_every_j "$REAM_SOURCE/tests/data/cite/stream.jsonl"
same_for_every_j "$REAM_SOURCE/tests/data/cite/stream.jsonl" --index "$REAM_SOURCE/tests/data/cite/stream.jsonl"
