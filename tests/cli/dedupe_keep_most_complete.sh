#!/usr/bin/env bash
# --keep most-complete keeps the member with most fields (ties: the first).
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"id":"x","title":"Cultural universality versus particularity in CMC"}' > in.jsonl
head -1 "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" >> in.jsonl
got=$("$REAM" -i in.jsonl dedupe --keep most-complete | jq -r .id)
expect_eq "a" "$got" "kept id"
