# -k N bounds the list; -k 0 gives an empty list; a negative k is a usage error.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/keywords/abstracts.jsonl"
expect_eq '["sparse coding"]' "$("$REAM" keywords --warmup 0 -k 1 < "$in" | head -1 | jq -c .keywords)"
expect_eq '[]' "$("$REAM" keywords --warmup 0 --top 0 < "$in" | head -1 | jq -c .keywords)"
expect_status 2 "$REAM" keywords -k -1 < "$in"
err=$("$REAM" keywords -k -1 < "$in" 2>&1 || true)
expect_contains "$err" "-k must be 0 or more, not -1"
