# The map writes its lines in runs already in the shuffle's sort order
# (r-lines as records come, then the held block and title lines sorted,
# then the count line), which spares the sort most of its work; and the pairs
# step judges a pair found in several blocks of its piece once, so its
# output holds no line twice.  Both only save work: the sort and `sort -u`
# still decide what the next step reads.
source "$(dirname "$0")/common.sh"
data=$REAM_SOURCE/tests/data/dedupe
"$REAM" -q -i "$data/papers.jsonl" dedupe --dist map > map.jsonl
for kind in b n r t; do
  [ "$(grep -c "^{\"k\":\"$kind" map.jsonl)" -gt 0 ] || fail "the map wrote no $kind line"
done
grep '^{"k":"r' map.jsonl > r.jsonl
LC_ALL=C sort -c r.jsonl || fail "the r-lines are not in record order"
grep -E '^\{"k":"[bt]' map.jsonl > held.jsonl
LC_ALL=C sort -c held.jsonl || fail "the block and title lines are not one sorted run"
expect_eq "$(grep -c . r.jsonl)" "$(grep -c . "$data/papers.jsonl")"
# Pairs over every block line, one piece: no line twice, and the same
# lines as every block judging its pairs would give after sort -u.
LC_ALL=C sort -u map.jsonl > sorted.jsonl
grep '^{"k":"b' sorted.jsonl > blocks.jsonl
grep '^{"k":"r' sorted.jsonl > records.jsonl
"$REAM" -q dedupe --dist pairs --dist-records records.jsonl < blocks.jsonl > pairs.jsonl
[ -s pairs.jsonl ] || fail "no pair found among the samples"
expect_eq "" "$(LC_ALL=C sort pairs.jsonl | uniq -d)"
