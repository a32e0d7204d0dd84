#!/usr/bin/env bash
# Default --keep first: the first record of each cluster passes, duplicates go.
source "$(dirname "$0")/common.sh"
got=$("$REAM" -i "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" dedupe | jq -r .id | tr '\n' ' ')
expect_eq "a b e " "$got" "kept ids"
