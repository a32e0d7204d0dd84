#!/usr/bin/env bash
# --explain with a missing id or a malformed value fails clearly.
source "$(dirname "$0")/common.sh"
expect_status 1 "$REAM" -i "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" dedupe --explain a,zz 2> err.txt
expect_eq "ream: dedupe: --explain: no record has id 'zz'" "$(cat err.txt)"
expect_status 2 "$REAM" -i "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" dedupe --explain a 2> err.txt
expect_eq "ream: dedupe: --explain takes two record ids separated by a comma: ID1,ID2" "$(cat err.txt)"
