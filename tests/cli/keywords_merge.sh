# --merge keeps a record's own phrases and adds new ones whose stems they do
# not already have ("Sparse Codings" covers "sparse coding"); a field that
# is not a list of strings is kept and counted; --merge with --replace or
# --scores is a usage error.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/keywords/abstracts.jsonl"
head -1 "$in" | jq -c '. + {keywords: ["Sparse Codings", "dictionary learning"]}' > has.jsonl
tail -1 "$in" | jq -c '. + {keywords: {"x": 1}}' >> has.jsonl
"$REAM" keywords --warmup 0 -k 2 --merge < has.jsonl > out.jsonl 2> err.txt
expect_eq '["Sparse Codings","dictionary learning","image denoising"] {"x":1} ' \
  "$(jq -c .keywords out.jsonl | tr '\n' ' ')"
expect_eq "ream: keywords: warning: 1 record had 'keywords' that is not a string or a list of strings; kept unchanged, nothing added" \
  "$(cat err.txt)"
expect_status 2 "$REAM" keywords --merge --replace < "$in"
expect_eq "ream: keywords: --replace and --merge cannot be used together" \
  "$("$REAM" keywords --merge --replace < "$in" 2>&1 || true)"
expect_eq "ream: keywords: --merge cannot be used with --scores" \
  "$("$REAM" keywords --merge --scores < "$in" 2>&1 || true)"
