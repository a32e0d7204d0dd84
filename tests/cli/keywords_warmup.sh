# The warm-up window holds records back but loses none and keeps order;
# output does not depend on the window once it covers the stream.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/keywords/abstracts.jsonl"
a=$("$REAM" keywords --warmup 1 < "$in" | jq -r .id | tr '\n' ' ')
expect_eq 'a b ' "$a"
expect_eq "$("$REAM" keywords --warmup 2 < "$in")" "$("$REAM" keywords --warmup 1000 < "$in")"
expect_eq 1 "$("$REAM" keywords --warmup 1000 < "$in" | "$REAM" head -n 1 | wc -l | tr -d ' ')"
