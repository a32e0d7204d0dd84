#!/usr/bin/env bash
# --keep-all: every record passes with the id of its representative.
source "$(dirname "$0")/common.sh"
got=$("$REAM" -i "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" dedupe --keep-all | jq -r '.id + "=" + .cluster' | tr '\n' ' ')
expect_eq "a=a b=b c=a d=b e=e " "$got" "clusters"
