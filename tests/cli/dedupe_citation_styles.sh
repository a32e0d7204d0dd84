#!/usr/bin/env bash
# One paper cited in three styles (initials first or last, "vol. 44," or
# "44(3)", an author tail and year before the title) is one cluster; the
# correction notices that cite the original (Web of Science and Embase
# style) match each other but never the original.
source "$(dirname "$0")/common.sh"
"$REAM" -i "$REAM_SOURCE/tests/data/dedupe/citation_styles.jsonl" dedupe --keep-all > out.jsonl
expect_eq "c1 c1
c2 c1
c3 c1
e1 e1
e2 e2
e3 e2" "$(jq -r '"\(.id) \(.cluster)"' out.jsonl)"
