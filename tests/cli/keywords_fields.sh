# --fields picks the text: only the title here, and a missing field gives [].
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/keywords/abstracts.jsonl"
expect_eq '["sparse coding","image denoising"]' "$("$REAM" keywords --warmup 0 --fields title < "$in" | head -1 | jq -c .keywords)"
expect_eq '[]' "$("$REAM" keywords --warmup 0 --fields nothing < "$in" | head -1 | jq -c .keywords)"
