#!/usr/bin/env bash
# --level work joins a conference paper and its journal version (another
# year, other pages, the same title and authors), each cited twice, as
# ream-dedupe(1) "Levels" shows; --level publication keeps them apart; a
# paper of the same group with a longer title in another year stays apart
# at both levels.
source "$(dirname "$0")/common.sh"
t='"title":"A decision-theoretic generalization of on-line learning","authors":"Freund, Y. and Schapire, R. E."'
{
  echo "{\"id\":\"c1\",$t,\"year\":1995,\"pages\":\"23-37\"}"
  echo "{\"id\":\"c2\",$t,\"year\":1995,\"pages\":\"23-37\"}"
  echo "{\"id\":\"j1\",$t,\"year\":1997,\"pages\":\"119-139\"}"
  echo "{\"id\":\"j2\",$t,\"year\":1997,\"pages\":\"119-139\"}"
  echo '{"id":"other","title":"A decision-theoretic generalization of on-line learning and an application to boosting","authors":"Freund, Y. and Schapire, R. E.","year":2001,"pages":"1-20"}'
} > versions.jsonl
expect_eq "c1 c1 j1 j1 other" "$("$REAM" -i versions.jsonl dedupe --keep-all | jq -r .cluster | xargs)" "publication level"
expect_eq "c1 c1 c1 c1 other" "$("$REAM" -i versions.jsonl dedupe --keep-all --level work | jq -r .cluster | xargs)" \
  "work level"
# The same at every -j, and in the streaming mode.
for jobs in 1 2 7; do
  expect_eq "c1" "$("$REAM" -j "$jobs" -i versions.jsonl dedupe --level work | jq -r .id | head -1)" "-j $jobs"
done
expect_eq "2" "$("$REAM" -i versions.jsonl dedupe --level work | wc -l | tr -d ' ')" "kept at work level, --keep first"
