# sample keeps N records in input order; a seed makes the choice
# repeatable, different seeds choose differently, and the choice is
# uniform (every record is kept about equally often over many seeds).
source "$(dirname "$0")/common.sh"
seq 1 100 | sed 's/.*/{"n":&}/' > in.jsonl
a=$("$REAM" sample -n 5 --seed 3 < in.jsonl | jq -r .n | tr '\n' ' ')
expect_eq "$a" "$("$REAM" sample -n 5 --seed 3 < in.jsonl | jq -r .n | tr '\n' ' ')" "same seed"
[ "$a" != "$("$REAM" sample -n 5 --seed 4 < in.jsonl | jq -r .n | tr '\n' ' ')" ] || fail "seeds 3 and 4 chose alike"
expect_eq "$(echo "$a" | tr ' ' '\n' | grep . | sort -n | tr '\n' ' ')" "$a" "input order"
expect_eq 100 "$("$REAM" sample -n 500 --seed 1 < in.jsonl | wc -l | tr -d ' ')"
seq 1 4 | sed 's/.*/{"n":&}/' > four.jsonl
for s in $(seq 1 400); do "$REAM" sample -n 1 --seed "$s" < four.jsonl; done | jq -r .n | sort | uniq -c | awk '{print $1}' > freq.txt
expect_eq 4 "$(wc -l < freq.txt | tr -d ' ')" "every record chosen sometimes"
awk '$1 < 60 || $1 > 140 { exit 1 }' freq.txt || fail "not uniform: $(tr '\n' ' ' < freq.txt)"
stats=$("$REAM" --stats=json sample -n 5 --seed 3 < in.jsonl 2>&1 > /dev/null)
expect_eq "100 5 95" "$(jq -r '.stages[0] | "\(.in) \(.out) \(.dropped)"' <<< "$stats")"
