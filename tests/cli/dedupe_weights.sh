#!/usr/bin/env bash
# Match weights: --explain shows the waterfall (each field's level and
# weight, the prior, the sum, the probability); --save-model writes the
# model estimated from the input, --model reads one back, and a broken
# model file is refused with the reason.
source "$(dirname "$0")/common.sh"
papers="$REAM_SOURCE/tests/data/dedupe/papers.jsonl"
"$REAM" -i "$papers" dedupe --explain a,b > explain.json
expect_eq '"default"' "$(jq -c .weights.model explain.json)" "a small input uses the shipped model"
expect_eq 8 "$(jq '.weights.fields | length' explain.json)"
expect_eq true "$(jq '(.weights.prior + ([.weights.fields[].weight] | add) - .weights.sum) | fabs < 0.001' explain.json)" \
  "the sum is the prior plus the field weights"
expect_eq true "$(jq '.weights.probability >= 0 and .weights.probability <= 1' explain.json)"
expect_eq '"missing"' "$(jq -c '[.weights.fields[] | select(.level == "missing") | .weight == 0] | all | if . then "missing" else "weighted" end' explain.json)" \
  "a missing field weighs nothing"
"$REAM" -i "$papers" dedupe --save-model model.json > out1.jsonl
"$REAM" -i "$papers" dedupe > out2.jsonl
cmp -s out1.jsonl out2.jsonl || fail "--save-model changed the output"
expect_eq 1 "$(jq .ream_dedupe_model model.json)"
"$REAM" -i "$papers" dedupe --model model.json --explain a,b > explain2.json
expect_eq '"file"' "$(jq -c .weights.model explain2.json)"
echo '{"ream_dedupe_model":1,"prior":7}' > broken.json
expect_status 1 "$REAM" -i "$papers" dedupe --model broken.json 2> err.txt
expect_eq "ream: dedupe: --model file 'broken.json': prior is not a probability in [0, 1]" "$(cat err.txt)"
expect_status 2 "$REAM" -i "$papers" dedupe --keep-all --match-weights 1.5 2> err.txt
expect_eq "ream: dedupe: --match-weights must be a probability above 0.5, at most 1" "$(cat err.txt)"
# --explain names the level that decided.
expect_eq '"publication"' "$(jq -c .level explain.json)"
expect_eq '"work"' "$("$REAM" -i "$papers" dedupe --level work --explain a,b | jq -c .level)"
