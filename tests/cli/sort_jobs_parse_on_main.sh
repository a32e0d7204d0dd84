# sort is REAM_SERIAL_LIGHT: with no record-local stage before it, the
# main thread parses its input at every -j (cli/pipeline.cc).  Where the
# parsing happens must not show: -j 1, 2 and 7 write the same records,
# spilled or not, report the same first bad line with its number, skip
# and --reject the same lines, and count the same in --stats; with a
# record-local stage before it, the workers parse, with the same result.
source "$(dirname "$0")/common.sh"
make_corpus 9000 > c.jsonl
for_jobs -i c.jsonl sort --by=-year,title
expect_eq 9000 "$(wc -l < out.1 | tr -d ' ')"
for_jobs -i c.jsonl sort --by=-year,title --memory 1M
"$REAM" -j 1 -i c.jsonl sort --by=-year,title > in-memory.jsonl
cmp -s in-memory.jsonl out.7 || fail "a spilled sort at -j 7 differs from an in-memory one"
for_jobs -i c.jsonl where 'year > 2000' then sort --by=title,-year

awk '{ print } NR == 4000 { print "{\"year\": 1999, oops}" } NR == 6000 { print "[2]" }' c.jsonl > bad.jsonl
bad=$(grep -n oops bad.jsonl | cut -d: -f1)
for_jobs -i bad.jsonl sort --by=year
expect_eq 1 "$(cat status.1)"
expect_eq "ream: bad.jsonl:$bad: sort: invalid JSON at byte 16: syntax error" "$(cat err.1)"
[ ! -s out.1 ] || fail "a failed sort wrote records"

for_jobs --on-error=skip --reject rejected.@J@ -i bad.jsonl sort --by=year
cmp -s rejected.1 rejected.7 || fail "the --reject files differ"
expect_eq 2 "$(wc -l < rejected.1 | tr -d ' ')" "rejected lines"
for j in 1 2 7; do
  "$REAM" -j "$j" --on-error=skip --stats=json -i bad.jsonl sort --by=year 2>&1 > /dev/null | tail -n 1 |
    jq -r '.stages[0] | "\(.in) \(.out) \(.rejected)"' > counts.$j
done
expect_eq "9000 9000 2" "$(cat counts.1)" "--stats"
cmp -s counts.1 counts.2 && cmp -s counts.1 counts.7 || fail "--stats counts differ between -j"
