# A chain of verbs in one process writes the same bytes as the same verbs
# joined by pipes, including sort's external merge and count's new records.
source "$(dirname "$0")/common.sh"
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "{\"id\":\"r%d\",\"year\":%d,\"t\":\"x\\u00e9 %d\",\"a\":[\"A%d\", \"B\"] , \"v\":%d.50}\n", i, 2000 + (i * 13) % 25, (i * 7) % 101, i % 5, i }' > in.jsonl
"$REAM" where 'year >= 2010 and any a ~ /A[0-3]/' then rename t=title then set seen=true then sort --by=-year,title --memory 1M \
  then uniq -f title then drop v then select id,year,title,seen then tail -n 60 < in.jsonl > chained.jsonl
"$REAM" where 'year >= 2010 and any a ~ /A[0-3]/' < in.jsonl | "$REAM" rename t=title | "$REAM" set seen=true |
  "$REAM" sort --by=-year,title --memory 1M | "$REAM" uniq -f title | "$REAM" drop v | "$REAM" select id,year,title,seen |
  "$REAM" tail -n 60 > piped.jsonl
cmp chained.jsonl piped.jsonl || fail "chained output differs from piped output"
expect_eq 60 "$(wc -l < chained.jsonl | tr -d ' ')"
"$REAM" sample -n 50 --seed 9 then count -f year < in.jsonl > chained.jsonl
"$REAM" sample -n 50 --seed 9 < in.jsonl | "$REAM" count -f year > piped.jsonl
cmp chained.jsonl piped.jsonl || fail "sample then count differs from piped"
