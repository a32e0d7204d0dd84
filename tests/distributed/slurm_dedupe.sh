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
# The rounds on one node, --state's first and last among them, are bash.
scripts=$(find . -name '*.sbatch' | wc -l)
[ "$scripts" -gt 0 ] || fail "no sbatch script to look at"
if grep -rnE --include='*.sbatch' "ream-distribute['\"]? (step|shell)|python" .; then
  fail "a Slurm job runs ream-distribute's Python steps"
fi
grep -rlq --include='*.sbatch' -- "--dist update" . || fail "no --state update round among the sbatch scripts"
