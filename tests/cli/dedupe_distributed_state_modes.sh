#!/usr/bin/env bash
# As dedupe_distributed_state.sh, for --keep most-complete.
source "$(dirname "$0")/common.sh"
source "$REAM_SOURCE/tests/cli/dedupe_distributed_state_common.sh"
make_days
two_days_every_part_count "--keep most-complete"
