# Under -j the first bad line in input order is the one reported, even
# when a later batch is processed first, and nothing after it is written:
# standard output holds exactly the records before it.
source "$(dirname "$0")/common.sh"
make_corpus 6000 | awk '{ print } NR == 2500 { print "first bad" } NR == 2600 { print "second bad" }
  NR == 5500 { print "[3]" }' > c.jsonl
bad=$(grep -n '^first bad' c.jsonl | cut -d: -f1)
for_jobs --reject bad.@J@ -i c.jsonl select id,year
expect_eq 1 "$(cat status.1)"
expect_eq "ream: c.jsonl:$bad: select: invalid JSON at byte 1: syntax error" "$(cat err.1)"
expect_eq "first bad" "$(cat bad.7)" "the --reject file"
head -n $((bad - 1)) c.jsonl | "$REAM" -j 1 select id,year > before.jsonl
cmp -s before.jsonl out.7 || fail "standard output is not the records before the bad line"
# With -o, the failed run leaves no output file.
status=0
"$REAM" -j 7 -o result.jsonl -i c.jsonl where 'year > 0' 2> err.txt || status=$?
expect_eq 1 "$status"
[ ! -e result.jsonl ] || fail "a failed run left result.jsonl"
