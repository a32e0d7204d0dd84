#!/usr/bin/env bash
# As dedupe_distributed_state.sh, for --keep most-complete.
source "$(dirname "$0")/common.sh"
source "$REAM_SOURCE/tests/cli/dedupe_distributed_state_common.sh"
make_days
for parts in 1 2 3 7; do
  same_as_one_process "$parts" "--keep most-complete" "" day1.jsonl
  cp one-after.db day1.db
  same_as_one_process "$parts" "--keep most-complete" day1.db day2.jsonl
done
