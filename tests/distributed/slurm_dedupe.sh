#!/usr/bin/env bash
# The Slurm driver on a single-node Slurm started by the test, for dedupe
# on its own: --keep first, merge, most-complete and --keep-all, with and
# without --report and --dropped, with the model estimated in parts or
# given, and a two-day run with --state in --keep merge, give one
# process's bytes (slurm.sh runs the whole pipeline).
source "$(dirname "$0")/common.sh"
use_test_slurm
make_inputs "$DIST_RECORDS"
# A Slurm round waits for the scheduler: the modes that give every kind
# of round, not every mode (the local and Dask tests run them all).
MODES=("${DEDUPE_ROUND_MODES[@]}")
check_dedupe_modes 2 python3 "$DISTRIBUTE" slurm --wait
check_state_two_days "--keep merge" python3 "$DISTRIBUTE" slurm --wait
