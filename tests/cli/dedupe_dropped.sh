#!/usr/bin/env bash
# --dropped gets every dropped record verbatim; the host counts them.
source "$(dirname "$0")/common.sh"
"$REAM" --stats=json -i "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" dedupe --dropped dropped.jsonl > out.jsonl 2> stats.json
expect_eq "$(sed -n '3p;4p' "$REAM_SOURCE/tests/data/dedupe/papers.jsonl")" "$(cat dropped.jsonl)" "dropped records"
expect_contains "$(cat stats.json)" '"dropped":2'
