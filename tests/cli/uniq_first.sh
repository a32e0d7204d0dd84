# uniq keeps the first record per value (by JSON text; missing = null).
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"i":1,"v":"a"}' '{"i":2,"v":2024}' '{"i":3,"v":"a"}' '{"i":4,"v":"2024"}' '{"i":5}' '{"i":6,"v":null}' \
  '{"i":7,"v":"a","w":1}' > in.jsonl
expect_eq "1 2 4 5" "$("$REAM" uniq -f v < in.jsonl | jq -r .i | tr '\n' ' ' | sed 's/ $//')"
expect_eq "1 2 4 5 7" "$("$REAM" uniq -f v,w < in.jsonl | jq -r .i | tr '\n' ' ' | sed 's/ $//')"
stats=$("$REAM" --stats=json uniq -f v < in.jsonl 2>&1 > /dev/null)
expect_eq "7 4 3" "$(jq -r '.stages[0] | "\(.in) \(.out) \(.dropped)"' <<< "$stats")"
expect_status 2 "$REAM" uniq < in.jsonl
