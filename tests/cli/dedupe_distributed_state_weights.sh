#!/usr/bin/env bash
# As dedupe_distributed_state.sh, in --keep-all with the match weights
# (the em step's model, title frequencies with the remembered papers).
source "$(dirname "$0")/common.sh"
source "$REAM_SOURCE/tests/cli/dedupe_distributed_state_common.sh"
make_days
two_days_every_part_count "--keep-all --match-weights 0.99"
