#!/usr/bin/env bash
# Keyphrase quality of `ream keywords` on Inspec (train+validation): the
# usual protocol (Porter-stemmed exact match, micro F1, precision over the
# predictions made).  Exits 1 when F1 drops below the floors, which sit a
# little under the figures in docs/benchmarks/keywords.md, or when
# boilerplate changes keyphrases: the same abstracts with a copyright,
# publisher or funding notice appended (or a copyright line put first)
# must give exactly the same keyphrases.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-$root/../shared}
ream=${REAM:-$root/build/bin/ream}
FLOOR_F1_AT_5=30.3
FLOOR_F1_AT_10=38.4
gold=$shared/data/keywords/inspec_trainval.jsonl
[ -f "$gold" ] || { echo "eval_keywords: no $gold, skipped"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
jq -c 'del(.gold)' "$gold" | "$ream" keywords -k 10 > "$tmp/out.jsonl"
python3 "$shared/tools/score_keywords.py" "$gold" "$tmp/out.jsonl" --k 5,10 --prec-denom pred | tee "$tmp/score.txt"
f5=$(awk '$1=="@5"{print $5}' "$tmp/score.txt")
f10=$(awk '$1=="@10"{print $5}' "$tmp/score.txt")
echo "keywords: micro F1@5 $f5 (floor $FLOOR_F1_AT_5), F1@10 $f10 (floor $FLOOR_F1_AT_10)"
# Notices: every abstract ends in a full stop first, so that the only
# difference between the two runs is the notice.
jq -c 'del(.gold) | .abstract |= (sub("\\s+$"; "") | if test("[.!?]$") then . else . + "." end)' "$gold" \
  > "$tmp/plain.jsonl"
jq -c 'if (.id | tostring | length) % 3 == 0 then .abstract = "Copyright © 2020 Elsevier B.V. All rights reserved. " + .abstract
  elif (.id | tostring | length) % 3 == 1 then .abstract += " © 2021 Massachusetts Medical Society. All rights reserved."
  else .abstract += " This work was supported by the National Science Foundation under Grant No. 4711. Published by Elsevier Ltd." end' \
  "$tmp/plain.jsonl" > "$tmp/noticed.jsonl"
"$ream" keywords -k 10 < "$tmp/plain.jsonl" | jq -c .keywords > "$tmp/plain.txt"
"$ream" keywords -k 10 < "$tmp/noticed.jsonl" | jq -c .keywords > "$tmp/noticed.txt"
changed=$(diff "$tmp/plain.txt" "$tmp/noticed.txt" | grep -c '^<' || true)
echo "keywords: records whose keyphrases a notice changed: $changed (must be 0)"
awk -v a="$f5" -v b="$FLOOR_F1_AT_5" -v c="$f10" -v d="$FLOOR_F1_AT_10" -v e="$changed" \
  'BEGIN{exit !(a+0 >= b+0 && c+0 >= d+0 && e+0 == 0)}'
