# select keeps the named fields in the order named; missing ones are left
# out; values keep their bytes; a record stays a record even when empty.
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"title":"T","x":[1, 2.50],"year":2024,"id":"a"}' '{"id":"b"}' > in.jsonl
expect_eq '{"id":"a","year":2024,"title":"T"}
{"id":"b"}' "$("$REAM" select id,year,title < in.jsonl)"
expect_eq '{"x":[1, 2.50],"id":"a"}' "$("$REAM" select x,id < in.jsonl | head -1)"
# One list: a second word is an input file (first stage) or a usage error.
expect_status 2 "$REAM" cat then select x id < in.jsonl
expect_eq '{}' "$("$REAM" select nope < in.jsonl | tail -1)"
expect_status 2 "$REAM" select < in.jsonl
expect_eq "ream: select: which fields? ream select id,year,title" "$("$REAM" select < in.jsonl 2>&1 || true)"
"$REAM" select id then cat < in.jsonl > chained.jsonl
"$REAM" select id < in.jsonl | "$REAM" cat > piped.jsonl
cmp chained.jsonl piped.jsonl || fail "then-chain differs from pipe"
# Fields that stay keep their name's bytes too, as cat keeps them; a field
# moved to its named place keeps its value's bytes, its name as the host
# writes a name it sets.
printf '%s\n' '{"ti\u0074le":"x","n":[1, 2],"id":1}' > escaped.jsonl
expect_eq '{"ti\u0074le":"x","n":[1, 2]}' "$("$REAM" select title,n < escaped.jsonl)"
expect_eq '{"n":[1, 2],"title":"x"}' "$("$REAM" select n,title < escaped.jsonl)"
