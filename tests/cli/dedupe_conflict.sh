#!/usr/bin/env bash
# A shared identifier on clearly different titles is reported, not merged.
source "$(dirname "$0")/common.sh"
"$REAM" -i "$REAM_SOURCE/tests/data/dedupe/conflict.jsonl" dedupe > out.jsonl 2> err.txt
expect_eq 2 "$(wc -l < out.jsonl)" "records kept"
expect_eq "ream: conflict.jsonl:2: dedupe: warning: 'p02' shares an identifier with 'p01' but is a different item (identifier shared by different items); kept apart" "$(sed "s#[^ ]*/conflict.jsonl#conflict.jsonl#" err.txt)"
