#!/usr/bin/env bash
# A run that waits for another on one state file, long enough, runs after
# it: the first run's papers are remembered (its commit does not fail for
# the run waiting), and the second does not send them again.
source "$(dirname "$0")/common.sh"
papers=$REAM_SOURCE/tests/data/dedupe/papers.jsonl
mkfifo feed
"$REAM" -i feed dedupe --state state.db --state-timeout 5 > first.jsonl 2> first.err &
first=$!
exec 3> feed
head -1 "$papers" >&3
# The journal exists once the run has written into its open transaction.
until [ -e state.db-journal ]; do sleep 0.1; done
"$REAM" -i "$papers" dedupe --state state.db --state-timeout 60 3>&- > second.jsonl 2> second.err &
second=$!
sleep 1
exec 3>&-
wait $first || fail "the first run failed: $(cat first.err)"
wait $second || fail "the waiting run failed: $(cat second.err)"
[ ! -s first.err ] || fail "the first run warned: $(cat first.err)"
expect_eq "a" "$(jq -r .id first.jsonl | tr '\n' ' ' | xargs)" "the first run"
expect_eq "b e" "$(jq -r .id second.jsonl | tr '\n' ' ' | xargs)" "the run that waited"
