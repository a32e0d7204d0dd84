# head passes 10 records by default; -n 0 passes none.
source "$(dirname "$0")/common.sh"
seq 1 15 | sed 's/.*/{"n":&}/' > in.jsonl
expect_eq 10 "$("$REAM" head < in.jsonl | wc -l | tr -d ' ')"
expect_eq "" "$("$REAM" head -n 0 < in.jsonl)"
expect_status 2 "$REAM" head -n -1 < in.jsonl
