# --stopwords replaces the list; without share/ the built-in list is used.
source "$(dirname "$0")/common.sh"
printf '[stop]\nsparse\n' > stop.txt
echo '{"abstract":"sparse coding"}' > in.jsonl
expect_eq '["coding"]' "$("$REAM" keywords --warmup 0 --stopwords stop.txt < in.jsonl | jq -c .keywords)"
mkdir empty
expect_eq '["sparse coding"]' "$(REAM_DATA_DIR=$T/empty "$REAM" keywords --warmup 0 < in.jsonl | jq -c .keywords)"
printf '[verbs]\n' > bad.txt
err=$("$REAM" keywords --stopwords bad.txt < in.jsonl 2>&1 || true)
expect_contains "$err" "bad.txt:1: keywords: unknown stopword section [verbs]"
