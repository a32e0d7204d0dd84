# --into names the field written; the default is keywords; an empty name is a usage error.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/keywords/abstracts.jsonl"
out=$("$REAM" keywords --warmup 0 -k 1 --into topics < "$in" | head -1)
expect_eq '["sparse coding"]' "$(jq -c .topics <<< "$out")"
expect_eq 'null' "$(jq -c .keywords <<< "$out")"
expect_status 2 "$REAM" keywords --into '' < "$in"
err=$("$REAM" keywords --into '' < "$in" 2>&1 || true)
expect_eq "ream: keywords: --into needs a field name" "$err"
