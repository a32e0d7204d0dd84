#!/usr/bin/env bash
# The core's speed: `ream cat` against jq and Miller on the same records,
# the cost of in-process chaining, and memory while streaming.
#   bench/bench_cat.sh [--smoke]
# Targets (issue 2): cat >= 8x faster than `jq -c .` on 100,000 records (one
# core); `cat then cat then cat` within 1.3x of `cat`; under 64 MB resident
# on a 1 GB input.  --smoke uses 10,000 records and skips the 1 GB run.
source "$(dirname "$0")/common.sh"
n=100000
[ "${1:-}" == "--smoke" ] && n=10000
input=$(corpus "$n" --no-gold)
mb=$(du -m "$input" | cut -f1)
echo "corpus: $n records, $mb MB ($input)"

cat_s=$(seconds "$REAM" -i "$input" cat)
chain_s=$(seconds "$REAM" -i "$input" cat then cat then cat)
echo "ream cat:                 $cat_s s ($(awk "BEGIN{printf \"%.0f\", $mb/$cat_s}") MB/s)"
echo "ream cat then cat then cat: $chain_s s (x$(ratio "$chain_s" "$cat_s") of cat; target <= 1.3)"
if command -v jq > /dev/null; then
  jq_s=$(seconds jq -c . "$input")
  echo "jq -c .:                  $jq_s s (ream cat is $(ratio "$jq_s" "$cat_s")x faster; target >= 8)"
fi
if command -v mlr > /dev/null; then
  mlr_s=$(seconds mlr --ijsonl --ojsonl cat "$input")
  echo "mlr cat:                  $mlr_s s (ream cat is $(ratio "$mlr_s" "$cat_s")x faster)"
fi
if [ "${1:-}" != "--smoke" ]; then
  big="$WORK/corpus-1gb.jsonl"
  if [ ! -s "$big" ]; then
    for _ in $(seq 1 8); do cat "$input"; done > "$big"
  fi
  echo "peak RSS, ream cat on $(du -m "$big" | cut -f1) MB: $(peak_rss_mb "$REAM" -i "$big" cat) MB (target < 64)"
fi
