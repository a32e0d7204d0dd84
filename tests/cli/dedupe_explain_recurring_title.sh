#!/usr/bin/env bash
# --explain states the decision the run made, not only what the rules say:
# a column that recurs in every issue ("From the Editor's Desk", listed
# without authors) matches issue to issue on its exact title by the rules,
# but the modes that decide at the end weigh a title other records carry
# and keep the issues apart; --explain says so, with the numbers, and
# agrees with the clusters written.  A plain duplicate listed twice still
# matches, and "Editor's Comments", a heading the rules know, stays apart.
source "$(dirname "$0")/common.sh"
for year in 2003 2004; do
  for issue in $(seq 1 12); do
    printf '{"id":"desk-%s-%s","title":"From the Editor'"'"'s Desk","venue":"Communications of the ACM","year":%s,"volume":"%s","issue":"%s"}\n' \
      "$year" "$issue" "$year" $((year - 1957)) "$issue"
    printf '{"id":"comments-%s-%s","title":"Editor'"'"'s Comments","venue":"MIS Quarterly","year":%s,"volume":"%s","issue":"%s"}\n' \
      "$year" "$issue" "$year" $((year - 1976)) "$issue"
  done
done > columns.jsonl
cat >> columns.jsonl <<'JSON'
{"id":"grey","title":"Interviewing during a tight job market","authors":["Grey, Brian A.","Okafor, Lena"],"venue":"Communications of the ACM","year":2003,"volume":"46","issue":"4","pages":"33-35"}
{"id":"grey-dblp","title":"Interviewing During a Tight Job Market.","authors":"Grey, B. and Okafor, L.","venue":"Commun. ACM","year":2003}
JSON
"$REAM" -i columns.jsonl dedupe --keep-all --explain desk-2003-1,desk-2003-2 > explain.json
expect_eq '{"decision":"match","rule":"title"}' "$(jq -c .rules explain.json)" "the rules alone"
expect_eq '"distinct"' "$(jq -c .decision explain.json)" "the run's decision"
expect_eq '"weights"' "$(jq -c .decided_by explain.json)"
expect_contains "$(jq -r .rule explain.json)" "exact title carried by 24 records: weighed, not matched (match probability "
expect_contains "$(jq -r .rule explain.json)" " below --match-weights 0.99999)"
expect_eq true "$(jq '.weights.probability < .weights.threshold and .weights.threshold == 0.99999' explain.json)" "the numbers"
expect_eq false "$(jq .same_cluster explain.json)"
# What --keep-all writes: every issue its own cluster, the paper one.
"$REAM" -i columns.jsonl dedupe --keep-all > clustered.jsonl
expect_eq '"desk-2003-2"' "$(jq -c 'select(.id == "desk-2003-2") | .cluster' clustered.jsonl)" "the issue's cluster"
expect_eq '"grey"' "$(jq -c 'select(.id == "grey-dblp") | .cluster' clustered.jsonl)" "the duplicate's cluster"
got=$("$REAM" -i columns.jsonl dedupe --keep-all --explain grey,grey-dblp | jq -c '{decision, rule, decided_by, same_cluster}')
expect_eq '{"decision":"match","rule":"title","decided_by":"rules","same_cluster":true}' "$got" "the plain duplicate"
got=$("$REAM" -i columns.jsonl dedupe --keep-all --explain comments-2003-1,comments-2003-2 | jq -c '{decision, rule, same_cluster}')
expect_eq '{"decision":"distinct","rule":"generic title, different issue","same_cluster":false}' "$got" "the column heading"
# --keep first decides in arrival order by the rules alone: there the
# issues' columns are one cluster, and --explain says that too.
got=$("$REAM" -i columns.jsonl dedupe --explain desk-2003-1,desk-2003-2 | jq -c '{decision, rule, decided_by, same_cluster}')
expect_eq '{"decision":"match","rule":"title","decided_by":"rules","same_cluster":true}' "$got" "--keep first"
# The same explanation and clusters for every -j.
for j in 1 2 7; do
  "$REAM" -j $j -i columns.jsonl dedupe --keep-all --explain desk-2003-1,desk-2003-2 > explain-$j.json
  "$REAM" -j $j -i columns.jsonl dedupe --keep-all --report report-$j.jsonl > clustered-$j.jsonl
done
for j in 2 7; do
  cmp -s explain-1.json explain-$j.json || fail "--explain differs at -j $j"
  cmp -s report-1.jsonl report-$j.jsonl || fail "--report differs at -j $j"
  cmp -s clustered-1.jsonl clustered-$j.jsonl || fail "records differ at -j $j"
done
