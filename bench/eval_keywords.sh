#!/usr/bin/env bash
# Keyphrase quality of `ream keywords` on Inspec (train+validation): the
# usual protocol (Porter-stemmed exact match, micro F1, precision over the
# predictions made).  Exits 1 when F1 drops below the floors, which sit a
# little under the figures in docs/benchmarks/keywords.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-$root/../shared}
ream=${REAM:-$root/build/bin/ream}
FLOOR_F1_AT_5=27.5
FLOOR_F1_AT_10=35.5
gold=$shared/data/keywords/inspec_trainval.jsonl
[ -f "$gold" ] || { echo "eval_keywords: no $gold, skipped"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
jq -c 'del(.gold)' "$gold" | "$ream" keywords -k 10 > "$tmp/out.jsonl"
python3 "$shared/tools/score_keywords.py" "$gold" "$tmp/out.jsonl" --k 5,10 --prec-denom pred | tee "$tmp/score.txt"
f5=$(awk '$1=="@5"{print $5}' "$tmp/score.txt")
f10=$(awk '$1=="@10"{print $5}' "$tmp/score.txt")
echo "keywords: micro F1@5 $f5 (floor $FLOOR_F1_AT_5), F1@10 $f10 (floor $FLOOR_F1_AT_10)"
awk -v a="$f5" -v b="$FLOOR_F1_AT_5" -v c="$f10" -v d="$FLOOR_F1_AT_10" 'BEGIN{exit !(a+0 >= b+0 && c+0 >= d+0)}'
