#!/usr/bin/env bash
# --explain ID1,ID2 prints the evidence for one pair instead of the records.
source "$(dirname "$0")/common.sh"
got=$("$REAM" -i "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" dedupe --explain a,e | jq -c '{a, b, decision, vetoes_fired, same_cluster}')
expect_eq '{"a":"a","b":"e","decision":"distinct","vetoes_fired":["notice_mismatch"],"same_cluster":false}' "$got"
