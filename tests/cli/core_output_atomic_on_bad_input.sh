# A failed run never replaces the previous -o file.
source "$(dirname "$0")/common.sh"
echo "yesterday" > result.jsonl
printf '{"a":1}\nbad\n' > in.jsonl
expect_status 1 "$REAM" -o result.jsonl -i in.jsonl cat 2>/dev/null
expect_eq "yesterday" "$(cat result.jsonl)"
expect_eq "in.jsonl result.jsonl" "$(ls -A | tr '\n' ' ' | sed 's/ $//')"
"$REAM" -o result.jsonl -i in.jsonl head -n 1
expect_eq '{"a":1}' "$(cat result.jsonl)"
