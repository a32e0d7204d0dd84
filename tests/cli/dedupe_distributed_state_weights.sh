#!/usr/bin/env bash
# As dedupe_distributed_state.sh, in --keep-all with the match weights
# (the em step's model, title frequencies with the remembered papers).
source "$(dirname "$0")/common.sh"
source "$REAM_SOURCE/tests/cli/dedupe_distributed_state_common.sh"
make_days
for parts in 1 2 3 7; do
  same_as_one_process "$parts" "--keep-all --match-weights 0.99" "" day1.jsonl
  cp one-after.db day1.db
  same_as_one_process "$parts" "--keep-all --match-weights 0.99" day1.db day2.jsonl
done
