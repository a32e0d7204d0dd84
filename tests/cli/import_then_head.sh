# `import x then head -n 1`: one record, and the import stops there.
source "$(dirname "$0")/common.sh"
for i in 1 2 3 4 5; do printf '{"title":"Paper %s"}\n' "$i"; done > in.jsonl
"$REAM" --stats=json import in.jsonl then head -n 1 > out.jsonl 2> stats.json
expect_eq 1 "$(wc -l < out.jsonl)" "records"
expect_contains "$(cat out.jsonl)" '"title":"Paper 1"'
expect_contains "$(cat stats.json)" '{"stage":"import","in":0,"out":1,'
