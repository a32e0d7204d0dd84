# --stats=json counts are the same for -j 1, 2 and 7: summed over the
# workers' instances, and cut where the run stopped (head) or failed.
source "$(dirname "$0")/common.sh"
make_corpus 5000 | awk '{ print } NR % 1000 == 0 { print "bad " NR }' > c.jsonl
stats_for_jobs() {  # the times differ, so compare standard error without them
  for j in 1 2 7; do
    "$REAM" -j "$j" --stats=json "$@" > "out.$j" 2> "err.$j" || true
    sed 's/"seconds":[0-9.]*//g' "err.$j" > "counts.$j"
  done
  cmp -s out.1 out.2 && cmp -s out.1 out.7 || fail "[$*] outputs differ"
  cmp -s counts.1 counts.2 && cmp -s counts.1 counts.7 || fail "[$*] counts differ: $(cat counts.1 counts.7)"
}
stats_for_jobs --on-error=skip -i c.jsonl where 'year >= 2000' then select id then count
expect_contains "$(cat counts.1)" '{"stage":"where","in":5000,'
expect_contains "$(cat counts.1)" '"rejected":5,'
stats_for_jobs -i c.jsonl where 'year >= 2000' then head -n 500
expect_contains "$(cat counts.1)" '{"stage":"head","in":500,"out":500,'
stats_for_jobs -i c.jsonl cat then set x=1
before=$(head -n 1000 c.jsonl | grep -c .)  # the records before the first bad line
expect_contains "$(cat counts.1)" "{\"stage\":\"cat\",\"in\":$before,\"out\":$before,"
