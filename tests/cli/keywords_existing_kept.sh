# A record that already has the target field keeps it; such records are
# counted in one warning at the end, and the others get their keyphrases.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/keywords/abstracts.jsonl"
jq -c '. + {keywords: ["authors own"]}' "$in" > has.jsonl
cat "$in" >> has.jsonl
"$REAM" keywords --warmup 0 -k 1 < has.jsonl > out.jsonl 2> err.txt
expect_eq '["authors own"] ["authors own"] ["sparse coding"] ["regulatory compliance"] ' \
  "$(jq -c .keywords out.jsonl | tr '\n' ' ')"
expect_eq "ream: keywords: warning: 2 records already had 'keywords'; kept unchanged (--replace overwrites, --merge adds)" \
  "$(cat err.txt)"
