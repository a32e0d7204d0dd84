#!/usr/bin/env bash
# --level work joins a paper and a citation of it under a shortened title
# (every word of the short title in the long one, which blocking puts
# beside it by its first four words, the same author list
# name for name, the citation without pages and without a year), and
# --explain names the rule, contained-title+authors; at the publication
# level, and when the citation lists only two of the three authors, the
# two stay apart.
source "$(dirname "$0")/common.sh"
a='"authors":"Adeyemi, K. and Halvorsen, T. and Quispe, R."'
{
  echo "{\"id\":\"long\",\"title\":\"Rainfall intensity from commercial microwave links in tropical cities\",$a,\"venue\":\"Proceedings of the International Geoscience and Remote Sensing Symposium\",\"year\":2014,\"pages\":\"2210-2213\"}"
  echo "{\"id\":\"short\",\"title\":\"Rainfall intensity from commercial links\",$a,\"venue\":\"Journal of Hydrometeorology\"}"
  echo '{"id":"two","title":"Rainfall intensity from commercial links","authors":"Adeyemi, K. and Halvorsen, T.","venue":"Water Resources Research"}'
} > shortened.jsonl
expect_eq '{"decision":"match","rule":"contained-title+authors","level":"work"}' \
  "$("$REAM" -i shortened.jsonl dedupe --level work --explain long,short | jq -c '{decision, rule, level}')" "work level"
expect_eq '{"decision":"distinct","level":"publication"}' \
  "$("$REAM" -i shortened.jsonl dedupe --explain long,short | jq -c '{decision, level}')" "publication level"
expect_eq "distinct" "$("$REAM" -i shortened.jsonl dedupe --level work --explain long,two | jq -r .decision)" \
  "two of three authors"
head -2 shortened.jsonl > pair.jsonl
expect_eq "long long" "$("$REAM" -i pair.jsonl dedupe --keep-all --level work | jq -r .cluster | xargs)" \
  "clusters at work level"
expect_eq "long short" "$("$REAM" -i pair.jsonl dedupe --keep-all | jq -r .cluster | xargs)" \
  "clusters at publication level"
