#!/usr/bin/env bash
# The Slurm driver on a single-node Slurm started by the test: the
# generated sbatch scripts (job arrays chained with --dependency=afterok)
# give, stage by stage, one process's bytes for 1, 2 and 3 parts.
source "$(dirname "$0")/common.sh"
use_test_slurm
make_inputs "$DIST_RECORDS"
pipeline
for parts in $DIST_PARTS; do
  python3 "$DISTRIBUTE" slurm --wait --ream "$REAM" --parts "$parts" --work "w$parts" -o "w$parts/digest.md" \
    "${PIPELINE[@]}" > "submit$parts.log" || { slurm_cluster_log >&2; fail "slurm run with $parts parts failed"; }
  check_stages "w$parts"
  # A map round ran as one job array of one task per part.
  expect_contains "$(cat "w$parts/slurm/03-keywords-count.sbatch")" "#SBATCH --array=0-$((parts - 1))"
done
