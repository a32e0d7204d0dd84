#!/usr/bin/env bash
# As dedupe_distributed_state.sh, for --level work and named runs
# (--run-id): a run of a name already in the state file replaces it and
# emits again what it emitted, distributed as on one process.
source "$(dirname "$0")/common.sh"
source "$REAM_SOURCE/tests/cli/dedupe_distributed_state_common.sh"
make_days
for parts in 2 7; do
  same_as_one_process "$parts" "--keep first --level work" "" day1.jsonl
  cp one-after.db day1.db
  same_as_one_process "$parts" "--keep-all --level work" day1.db day2.jsonl
done
rm -f day1.db
"$REAM" -q dedupe --state day1.db day1.jsonl > /dev/null
for parts in 2 3; do
  same_as_one_process "$parts" "--keep most-complete --run-id day2" day1.db day2.jsonl
  cp one-after.db named.db
  cp one.out first.out
  same_as_one_process "$parts" "--keep most-complete --run-id day2" named.db day2.jsonl
  expect_eq "2" "$(sqlite3 named.db "SELECT count(*) FROM runs")" "runs after day 2 run once"
  expect_eq "2" "$(sqlite3 one-after.db "SELECT count(*) FROM runs")" "runs after day 2 run again"
  cmp -s first.out one.out || fail "day 2 run again did not emit again what it emitted"
done
