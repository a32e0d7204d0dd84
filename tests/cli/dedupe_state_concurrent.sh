#!/usr/bin/env bash
# Two runs on one state file: the second waits, then fails clearly.
source "$(dirname "$0")/common.sh"
mkfifo feed
"$REAM" -i feed dedupe --state state.db > out.jsonl &
pid=$!
exec 3> feed
head -1 "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" >&3
# The journal exists once the run has written into its open transaction.
until [ -e state.db-journal ]; do sleep 0.1; done
expect_status 1 "$REAM" -i "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" dedupe --state state.db --state-timeout 0.2 2> err.txt
expect_eq "ream: dedupe: state file 'state.db' is in use by another run; gave up after 0.2 s (see --state-timeout)" "$(cat err.txt)"
exec 3>&-
wait $pid
expect_eq "b e " "$("$REAM" -i "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" dedupe --state state.db | jq -r .id | tr '\n' ' ')" "after the first run"
