#!/usr/bin/env bash
# A distributed dedupe holds its --state file from its first step to its
# last, as one process holds it for its run: another run, distributed or
# not, waits for it up to --state-timeout and then fails as it fails
# against one process; one that waits long enough runs after it, as if
# the two had run one after the other.  --list shows the run in progress,
# and --forget ends one that failed.
source "$(dirname "$0")/common.sh"
source "$REAM_SOURCE/tests/cli/dedupe_distributed_state_common.sh"
make_days
rounds=$(plan_rounds 2 work day1.jsonl "$T/dist.out" --keep-all --state "$T/state.db")
for round in $rounds; do
  [ "$round" = 01-input-split ] || [ "$round" = 02-dedupe-state ] || continue
  run_round "$round"
done
run=$(cat work/02-dedupe/run.txt)
expect_eq "distributed" "$("$REAM" dedupe --list --state state.db < /dev/null | jq -r "select(.run == $run) | .status")" \
  "--list of a run in progress"

started=$(sqlite3 state.db "SELECT started FROM runs WHERE run = $run")
expect_status 1 "$REAM" dedupe --state state.db --state-timeout 0.2 day2.jsonl > /dev/null 2> err.txt
expect_eq "ream: dedupe: state file 'state.db' is in use by another run (distributed run $run, started $started); gave up after 0.2 s (see --state-timeout; a distributed run that failed is ended with --forget $run)" "$(cat err.txt)"
# A second distributed run fails alike, in its first step.
plan_rounds 2 other day2.jsonl "$T/other.out" --keep-all --state "$T/state.db" --state-timeout 0.2 > /dev/null
run_round 01-input-split
expect_status 1 run_round 02-dedupe-state 2> err.txt
expect_contains "$(cat err.txt)" "ream: dedupe: state file '$T/state.db' is in use by another run (distributed run $run"

# One process that waits long enough runs once the distributed run is done.
"$REAM" dedupe --keep-all --state state.db --state-timeout 120 day2.jsonl > waited.out &
waiting=$!
sleep 0.5
plan_rounds 2 work day1.jsonl "$T/dist.out" --keep-all --state "$T/state.db" > /dev/null
for round in $rounds; do
  [ "$round" = 01-input-split ] || [ "$round" = 02-dedupe-state ] || run_round "$round"
done
wait "$waiting" || fail "the waiting run failed"
"$REAM" -q dedupe --keep-all --state one.db day1.jsonl > one1.out
"$REAM" -q dedupe --keep-all --state one.db day2.jsonl > one2.out
cmp -s one1.out dist.out || fail "the distributed run differs from one process"
cmp -s one2.out waited.out || fail "the run that waited differs from one process run after the first"
state_dump one.db > one.dump
state_dump state.db > state.dump
cmp -s one.dump state.dump || fail "the state file differs from two runs of one process: $(diff one.dump state.dump | head -5)"

# A distributed run that failed after its first step is ended by --forget.
plan_rounds 2 failed day2.jsonl "$T/failed.out" --keep-all --state "$T/state.db" > /dev/null
run_round 01-input-split
run_round 02-dedupe-state
failed=$(cat failed/02-dedupe/run.txt)
"$REAM" -q dedupe --state state.db --forget "$failed" < /dev/null
"$REAM" -q dedupe --keep-all --state state.db --state-timeout 0.2 day2.jsonl > /dev/null ||
  fail "a run after --forget of the failed run did not start"
