# --on-error=skip --reject under -j: the same output, the same warnings
# in input order, and the same --reject file, holding the bad lines
# verbatim in input order, for -j 1, 2 and 7.
source "$(dirname "$0")/common.sh"
make_corpus 6000 | awk '{ print } NR == 3 { print "not json" } NR == 700 { print "[1,2]" }
  NR == 2999 { print "{\"a\":\xff}" } NR == 5000 { print "{\"truncated\":" }' > c.jsonl
for_jobs --on-error=skip --reject bad.@J@ -i c.jsonl where 'year > 1995'
cmp -s bad.1 bad.2 && cmp -s bad.1 bad.7 || fail "the --reject files differ"
printf 'not json\n[1,2]\n{"a":\xff}\n{"truncated":\n' > want-bad
cmp -s want-bad bad.1 || fail "the --reject file: $(cat -A bad.1)"
expect_eq 4 "$(wc -l < err.1)" "warnings"
expect_contains "$(sed -n 1p err.1)" "ream: c.jsonl:4: where: skipped: invalid JSON"
expect_contains "$(sed -n 4p err.1)" "ream: c.jsonl:"
expect_eq 0 "$(cat status.1)"
