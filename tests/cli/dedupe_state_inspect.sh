#!/usr/bin/env bash
# The state can be inspected and repaired without SQL: --list emits the
# runs and papers as JSON lines; --forget ID sends a paper (or a run's
# papers) again; --prune-before DATE forgets older runs.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/dedupe/papers.jsonl"
head -2 "$in" > day1.jsonl
"$REAM" -i day1.jsonl dedupe --state s.db --run-id monday > /dev/null
"$REAM" -i "$in" dedupe --state s.db --run-id tuesday > /dev/null
"$REAM" dedupe --state s.db --list < /dev/null > list.jsonl
expect_eq "monday done 2
tuesday done 1" "$(jq -r 'select(.run and .status) | "\(.name) \(.status) \(.papers)"' list.jsonl)" "runs"
expect_eq "a monday
b monday
e tuesday" "$(jq -r 'select(.paper) | "\(.paper) \(.run)"' list.jsonl)" "papers"
"$REAM" dedupe --state s.db --forget b < /dev/null 2> err
expect_eq "ream: dedupe: warning: forgot 1 papers; they will be sent again" "$(cat err)"
expect_eq "b" "$("$REAM" -i "$in" dedupe --state s.db | jq -r .id)" "the forgotten paper is sent again"
"$REAM" dedupe --state s.db --forget tuesday < /dev/null 2> /dev/null
expect_eq "e" "$("$REAM" -i "$in" dedupe --state s.db | jq -r .id)" "the forgotten run's paper is sent again"
"$REAM" dedupe --state s.db --prune-before 2999-01-01 < /dev/null 2> /dev/null
expect_eq 3 "$("$REAM" -i "$in" dedupe --state s.db | wc -l | tr -d ' ')" "after pruning every run"
expect_status 2 "$REAM" dedupe --state s.db --prune-before yesterday < /dev/null
