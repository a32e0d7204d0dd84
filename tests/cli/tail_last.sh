# tail passes the last N records (10 by default) and drops the rest as
# they are pushed out.
source "$(dirname "$0")/common.sh"
seq 1 15 | sed 's/.*/{"n":&}/' > in.jsonl
expect_eq "6 7 8 9 10 11 12 13 14 15" "$("$REAM" tail < in.jsonl | jq -r .n | tr '\n' ' ' | sed 's/ $//')"
expect_eq '{"n":15}' "$("$REAM" tail -n 1 < in.jsonl)"
expect_eq "" "$("$REAM" tail -n 0 < in.jsonl)"
expect_eq 15 "$("$REAM" tail -n 100 < in.jsonl | wc -l | tr -d ' ')"
stats=$("$REAM" --stats=json tail -n 3 then head -n 1 < in.jsonl 2>&1 > /dev/null)
expect_eq "15 1 14" "$(jq -r '.stages[0] | "\(.in) \(.out) \(.dropped)"' <<< "$stats")"
expect_status 2 "$REAM" tail -n -1 < in.jsonl
