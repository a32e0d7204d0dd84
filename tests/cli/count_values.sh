# count: a total, or records per value as {"FIELD": value, "count": N},
# most frequent first, ties by first appearance; values keep their bytes.
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"v":"b","w":1}' '{"v":2024}' '{"v":"b","w":2}' '{"v":"2024"}' '{"x":1}' '{"v":2024}' '{"v":[1, 2]}' > in.jsonl
expect_eq '{"count":7}' "$("$REAM" count < in.jsonl)"
expect_eq '{"v":"b","count":2}
{"v":2024,"count":2}
{"v":"2024","count":1}
{"v":[1, 2],"count":1}' "$("$REAM" count -f v < in.jsonl)"
expect_eq '{"v":"b","w":1,"count":1}
{"v":"b","w":2,"count":1}' "$("$REAM" count -f v,w < in.jsonl)"
expect_eq '{"count":0}' "$("$REAM" count < /dev/null)"
stats=$("$REAM" --stats=json count -f v < in.jsonl 2>&1 > /dev/null)
expect_eq "7 4 7" "$(jq -r '.stages[0] | "\(.in) \(.out) \(.dropped)"' <<< "$stats")"
expect_status 2 "$REAM" count -f count < in.jsonl
