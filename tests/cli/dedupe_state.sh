#!/usr/bin/env bash
# --state: a second run emits only papers no earlier run emitted.
source "$(dirname "$0")/common.sh"
head -2 "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" > day1.jsonl
"$REAM" -i day1.jsonl dedupe --state state.db > out1.jsonl
expect_eq "a b " "$(jq -r .id out1.jsonl | tr '\n' ' ')" "day 1"
"$REAM" -i "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" dedupe --state state.db > out2.jsonl
expect_eq "e " "$(jq -r .id out2.jsonl | tr '\n' ' ')" "day 2"
expect_eq "" "$("$REAM" -i "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" dedupe --state state.db)" "day 3"
