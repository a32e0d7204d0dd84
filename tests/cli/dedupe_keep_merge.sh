#!/usr/bin/env bash
# --keep merge fills missing fields from the other members and names them,
# and where each filled field came from.
source "$(dirname "$0")/common.sh"
got=$("$REAM" -i "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" dedupe --keep merge | head -1)
expect_eq '{"id":"a","title":"Cultural Universality Versus Particularity in CMC","authors":"Stahl, Bernd Carsten and Elbeltagi, Ibrahim","year":"2004","pages":"47--65","doi":"10.1080/1097198X.2004.10856384","merged_from":["c"],"filled_from":{"doi":"c"}}' "$got" "merged record"
