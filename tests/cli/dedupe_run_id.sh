#!/usr/bin/env bash
# --run-id: re-running a day's run (same inbox, same state) reproduces that
# day's digest exactly, instead of an empty one; the next day's run sends
# only new papers; re-running an older day still gives that day's digest.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/dedupe/papers.jsonl"
head -2 "$in" > day1.jsonl
"$REAM" -i day1.jsonl -o d1.jsonl dedupe --state s.db --run-id 2026-03-02
expect_eq "a b " "$(jq -r .id d1.jsonl | tr '\n' ' ')" "day 1"
"$REAM" -i day1.jsonl -o again.jsonl dedupe --state s.db --run-id 2026-03-02
expect_eq "$(cat d1.jsonl)" "$(cat again.jsonl)" "day 1 re-run"
"$REAM" -i "$in" -o d2.jsonl dedupe --state s.db --run-id 2026-03-03
expect_eq "e " "$(jq -r .id d2.jsonl | tr '\n' ' ')" "day 2"
"$REAM" -i "$in" -o d2b.jsonl dedupe --state s.db --run-id 2026-03-03
expect_eq "$(cat d2.jsonl)" "$(cat d2b.jsonl)" "day 2 re-run"
"$REAM" -i day1.jsonl -o d1b.jsonl dedupe --state s.db --run-id 2026-03-02
expect_eq "$(cat d1.jsonl)" "$(cat d1b.jsonl)" "day 1 re-run after day 2"
expect_eq "" "$("$REAM" -i "$in" dedupe --state s.db)" "a new run"
expect_status 2 "$REAM" -i day1.jsonl dedupe --run-id x
