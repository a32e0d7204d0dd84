# --scores writes phrase/score objects, the best scoring 1.
source "$(dirname "$0")/common.sh"
out=$("$REAM" keywords --warmup 0 -k 2 --scores < "$REAM_SOURCE/tests/data/keywords/abstracts.jsonl" | head -1 | jq -c .keywords)
expect_eq '{"phrase":"sparse coding","score":1}' "$(jq -c '.[0]' <<<"$out")"
expect_eq '"image denoising"' "$(jq -c '.[1].phrase' <<<"$out")"
expect_eq 'true' "$(jq '.[1].score < 1 and .[1].score > 0' <<<"$out")"
