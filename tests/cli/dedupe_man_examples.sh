#!/usr/bin/env bash
# The EXAMPLES of ream-dedupe(1) run as written on the installed samples:
# three papers arrive more than once, and the erratum stays apart from
# the paper it corrects.
source "$(dirname "$0")/common.sh"
"$REAM" import "$REAM_SOURCE"/share/ream/samples/* > papers.jsonl 2> /dev/null
expect_eq 11 "$(wc -l < papers.jsonl)" "imported samples"
"$REAM" -i papers.jsonl dedupe --dropped dups.jsonl > unique.jsonl
expect_eq "7 4" "$(wc -l < unique.jsonl) $(wc -l < dups.jsonl)" "kept and dropped"
"$REAM" -i papers.jsonl dedupe --keep merge --report clusters.jsonl > merged.jsonl
expect_eq 7 "$(wc -l < merged.jsonl)" "merged records"
expect_eq 3 "$(jq -c 'select((.members | length) > 1)' clusters.jsonl | wc -l)" "clusters with duplicates"
got=$("$REAM" -i papers.jsonl dedupe --explain title:90e3f7740304,title:7468d236ecb2 | jq -c '{decision, vetoes_fired}')
expect_eq '{"decision":"distinct","vetoes_fired":["notice_mismatch"]}' "$got"
# The man page names these ids, so they must be the samples' ids.
grep -q 'explain title:90e3f7740304,title:7468d236ecb2' "$REAM_SOURCE/man/ream-dedupe.1.in" || fail "man page example changed"
# The weights example: a waterfall, and a saved model read back.
expect_eq true "$("$REAM" -i papers.jsonl dedupe --explain title:90e3f7740304,title:7468d236ecb2 | jq '.weights | has("sum") and has("probability")')"
"$REAM" -i papers.jsonl dedupe --keep-all --save-model model.json > clustered.jsonl
cp papers.jsonl today.jsonl
"$REAM" -i today.jsonl dedupe --keep-all --model model.json > clustered-today.jsonl
cmp -s clustered.jsonl clustered-today.jsonl || fail "the saved model gave other clusters on the same input"
grep -q 'dedupe --keep-all --save-model model.json' "$REAM_SOURCE/man/ream-dedupe.1.in" || fail "man page example changed"
# The recurring column: --keep-all weighs the title and keeps the issues
# apart, --keep first joins them by the rules; --explain says each.
for y in 2003 2004; do for i in $(seq 12); do
  printf '{"id":"letter-%s-%s","title":"Letter from the Editor in Chief","venue":"Communications of the ACM","year":%s,"volume":"%s","issue":"%s"}\n' \
    $y $i $y $((y - 1957)) $i
done; done > columns.jsonl
got=$("$REAM" -i columns.jsonl dedupe --keep-all --explain letter-2003-1,letter-2003-2 | jq -c '{decision, rule, decided_by, rules}')
expect_contains "$got" '{"decision":"distinct","rule":"exact title carried by 24 records: weighed, not matched (match probability '
expect_contains "$got" ' below --match-weights 0.99999)","decided_by":"weights","rules":{"decision":"match","rule":"title"}}'
got=$("$REAM" -i columns.jsonl dedupe --explain letter-2003-1,letter-2003-2 | jq -c '{decision, rule, same_cluster}')
expect_eq '{"decision":"match","rule":"title","same_cluster":true}' "$got" "--keep first"
grep -q 'explain letter\\-2003\\-1,letter\\-2003\\-2' "$REAM_SOURCE/man/ream-dedupe.1.in" || fail "man page example changed"
grep -q '"title":"Letter from the Editor in Chief","venue":"Communications of the ACM"' "$REAM_SOURCE/man/ream-dedupe.1.in" ||
  fail "man page example changed"
