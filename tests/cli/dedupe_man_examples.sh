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
