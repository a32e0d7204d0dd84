#!/usr/bin/env bash
# The steps of a distributed dedupe that open the --state file may run
# again after a failure, as engines retry tasks, without changing what the
# run writes: the first step takes up its run, and the last writes the
# run's papers once, in one transaction: run again, it writes nothing;
# failing half-way, it leaves the file as it was.
source "$(dirname "$0")/common.sh"
source "$REAM_SOURCE/tests/cli/dedupe_distributed_state_common.sh"
make_days
"$REAM" -q dedupe --keep-all --state day1.db day1.jsonl > /dev/null
cp day1.db one.db
cp day1.db dist.db
"$REAM" -q dedupe --keep-all --state one.db day2.jsonl > one.out
state_dump one.db > one.dump

rounds=$(plan_rounds 3 work day2.jsonl "$T/dist.out" --keep-all --state "$T/dist.db")
for round in $rounds; do
  case "$round" in
    *-update) ;;
    *-state)
      run_round "$round"
      run_round "$round"
      expect_eq "1" "$(sqlite3 dist.db "SELECT count(*) FROM runs WHERE status = 'distributed'")" \
        "distributed runs after the first step ran twice"
      ;;
    *) run_round "$round" ;;
  esac
done
cmp -s one.out dist.out || fail "records differ from one process"
state_dump dist.db > before-update.dump

# A last step that fails half-way (the third part's papers unreadable)
# leaves the state file as it was, the run still in progress.
cp work/02-dedupe/remember-00002.jsonl good.jsonl
echo '{"k":"p9","f":' >> work/02-dedupe/remember-00002.jsonl
expect_status 1 run_round 02-dedupe-update
state_dump dist.db > after-failure.dump
cmp -s before-update.dump after-failure.dump || fail "a failed update changed the state file"
cp good.jsonl work/02-dedupe/remember-00002.jsonl

run_round 02-dedupe-update 2> update.err
[ ! -s update.err ] || fail "the update warned: $(cat update.err)"
state_dump dist.db > dist.dump
cmp -s one.dump dist.dump || fail "the state file differs from one process's: $(diff one.dump dist.dump | head -5)"

# Run again, the last step finds its run done and writes nothing.
run_round 02-dedupe-update 2> again.err
run=$(cat work/02-dedupe/run.txt)
expect_eq "ream: dedupe: warning: state file '$T/dist.db': run $run is recorded already; nothing written" "$(cat again.err)"
state_dump dist.db > again.dump
cmp -s one.dump again.dump || fail "the update run again changed the state file: $(diff one.dump again.dump | head -5)"
