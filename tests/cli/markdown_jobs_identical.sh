#!/usr/bin/env bash
# `markdown` writes the same bytes with -j 1, 2 and 7 in every mode: the
# streamed list and table, the digest (split at its papers section), with
# a table of contents, groups and sorting, on generated corpora of linked
# records (several batches), the samples and the hostile records.
source "$(dirname "$0")/common.sh"
export SOURCE_DATE_EPOCH=0
same_for_every_j() {  # same_for_every_j INPUT MARKDOWN-OPTIONS...
  local input=$1
  shift
  for j in 1 2 7; do "$REAM" -j "$j" -i "$input" markdown "$@" >"doc$j.md"; done
  [ -s doc1.md ] || fail "markdown $* on $input wrote nothing"
  for j in 2 7; do cmp doc1.md "doc$j.md" || fail "markdown $* on $input: -j $j differs from -j 1"; done
}
every_mode() {
  local input=$1
  for template in digest list table; do
    same_for_every_j "$input" -t "$template"
    same_for_every_j "$input" -t "$template" --toc --group-by year --sort -year --abstract-chars 80
  done
}
for seed in 1 2; do
  python3 "$REAM_SOURCE/tests/data/cite/linked_corpus.py" 1000 "$seed" | "$REAM" cite >linked.jsonl
  same_for_every_j linked.jsonl
  grep -q 'Cited by' doc1.md || fail "seed $seed: the digest shows no cross-references"
  every_mode linked.jsonl
done
"$REAM" import "$REAM_SOURCE"/share/ream/samples/library.bib | "$REAM" cite >samples.jsonl
every_mode samples.jsonl
every_mode "$REAM_SOURCE/tests/data/markdown/hostile.jsonl"
