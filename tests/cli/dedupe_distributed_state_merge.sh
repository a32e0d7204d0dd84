#!/usr/bin/env bash
# With --state, the steps run by bench/dedupe_distributed_local.sh (input
# cut at any byte, warnings at the global line) give one process's bytes
# in --keep merge and in --keep-all: records, --report, --dropped, the
# conflict warnings, and the state file's rows afterwards, first run and
# second day; so does ream-distribute in --keep merge.
source "$(dirname "$0")/common.sh"
source "$REAM_SOURCE/tests/cli/dedupe_distributed_state_common.sh"
make_days

# same_with_warnings PARTS "MODE" BEFORE INPUT
same_with_warnings() {
  local parts=$1 mode=$2 before=$3 input=$4 what
  what="$mode, $parts parts, $input${before:+ after $before}"
  rm -f one.db dist.db
  [ -n "$before" ] && cp "$before" one.db && cp "$before" dist.db
  # shellcheck disable=SC2086
  "$REAM" dedupe $mode --state one.db --report one.report --dropped one.dropped "$input" > one.out 2> one.err
  # shellcheck disable=SC2086
  REAM=$REAM bash "$REAM_SOURCE/bench/dedupe_distributed_local.sh" "$parts" work "$input" -- $mode \
    --state "$T/dist.db" --report dist.report --dropped dist.dropped > dist.out 2> dist.err ||
    fail "$what: the driver failed: $(cat dist.err)"
  same_files_and_state "$what" out report dropped err
}

for mode in "--keep merge" "--keep-all"; do
  for parts in 1 3 7; do
    same_with_warnings "$parts" "$mode" "" day1.jsonl
    cp one-after.db day1.db
    same_with_warnings "$parts" "$mode" day1.db day2.jsonl
  done
done
two_days_every_part_count "--keep merge"
# The second day warned of conflicts, and merged fields into records.
[ -s one.err ] || fail "no conflict warnings to compare"
"$REAM" -q dedupe --keep merge --state day1.db day2.jsonl | grep -q '"filled_from"' || fail "no record was filled"
