#!/usr/bin/env bash
# The Slurm driver on a single-node Slurm started by the test: the
# generated sbatch scripts (job arrays chained with --dependency=afterok)
# give, stage by stage, one process's bytes for 1, 2 and 3 parts, and no
# job starts a Python.
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
  # Every round is a bash script of ream, sort and awk: the rounds on one
  # node too (the shuffle, the components, the id claims, the sums): no job
  # runs ream-distribute's Python steps.
  if grep -nE "ream-distribute['\"]? (step|shell)|python" "w$parts"/slurm/*.sbatch "w$parts/slurm/submit.sh"; then
    fail "$parts parts: a Slurm job runs ream-distribute's Python steps"
  fi
  expect_contains "$(cat "w$parts/slurm/02-dedupe-shuffle.sbatch")" 'cut_with_context "$d/blocks.jsonl"'
done
