#!/usr/bin/env bash
# A run killed mid-way leaves the state as the previous run committed it.
source "$(dirname "$0")/common.sh"
head -1 "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" > day1.jsonl
"$REAM" -i day1.jsonl dedupe --state state.db > /dev/null
# An endless input: the run is still going when it is killed.
mkfifo feed
"$REAM" -i feed dedupe --state state.db > out.jsonl &
pid=$!
exec 3> feed
for i in $(seq 1 200); do echo "{\"id\":\"n$i\",\"title\":\"Paper number $i on a topic\"}" >&3; done
# The journal exists once the run has written into its open transaction.
until [ -e state.db-journal ]; do sleep 0.1; done
kill -9 $pid
wait $pid 2> /dev/null || true
exec 3>&-
got=$({ head -1 "$REAM_SOURCE/tests/data/dedupe/papers.jsonl"; echo "{\"id\":\"n1\",\"title\":\"Paper number 1 on a topic\"}"; } | "$REAM" dedupe --state state.db | jq -r .id)
expect_eq "n1" "$got" "only the committed paper is remembered"
