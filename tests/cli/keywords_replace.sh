# --replace overwrites a target field that is already there, without a warning.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/keywords/abstracts.jsonl"
jq -c '. + {keywords: 7}' "$in" | "$REAM" keywords --warmup 0 -k 1 --replace > out.jsonl 2> err.txt
expect_eq '["sparse coding"] ["regulatory compliance"] ' "$(jq -c .keywords out.jsonl | tr '\n' ' ')"
expect_eq "" "$(cat err.txt)"
