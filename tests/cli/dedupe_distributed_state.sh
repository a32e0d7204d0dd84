#!/usr/bin/env bash
# A distributed dedupe with --state (ream-distribute, every part count of
# the matrix) gives what one process gives with the same state file: the
# records, --report and --dropped, and the state file's papers and runs
# afterwards, for a first run (no state file yet) and a second day that
# repeats and varies the first day's papers, in --keep first.  (More modes:
# dedupe_distributed_state_weights.sh, _modes.sh, _named.sh, _merge.sh.)
source "$(dirname "$0")/common.sh"
source "$REAM_SOURCE/tests/cli/dedupe_distributed_state_common.sh"
make_days
two_days_every_part_count "--keep first"
# The second day did meet the first: records dropped for repeating a
# remembered paper's fields, and for matching one by the rules.
cp day1.db all.db
cp day1.db first.db
"$REAM" -q dedupe --keep-all --state all.db --report day2.report day2.jsonl > /dev/null
grep -q '"rule":"same fields as a paper of an earlier run"' day2.report || fail "no record repeated a remembered paper"
grep -q '"rule":"title"' day2.report || fail "no record matched a remembered paper by its title"
"$REAM" -q dedupe --keep first --state first.db --dropped day2.dropped day2.jsonl > /dev/null
[ "$(wc -l < day2.dropped)" -gt 100 ] || fail "too few records of day 2 dropped: $(wc -l < day2.dropped)"
