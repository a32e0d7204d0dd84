#!/usr/bin/env bash
# The rounds ream-distribute plans, run one after another without any
# engine (its 'local' engine and the shell script 'plan' prints): every
# stage's parts, in order, give one process's bytes for 1, 2, 3 and 7
# parts.  Needs no cluster, so it runs everywhere.
source "$(dirname "$0")/common.sh"
make_inputs 200
pipeline
for parts in 1 2 3 7; do
  python3 "$DISTRIBUTE" local --ream "$REAM" --parts "$parts" --work "w$parts" -o "w$parts/digest.md" "${PIPELINE[@]}"
  check_stages "w$parts"
done
# The plan as a shell script runs the same rounds.
python3 "$DISTRIBUTE" plan --ream "$REAM" --parts 2 --work sh2 -o sh2/digest.md "${PIPELINE[@]}" > plan.sh
bash plan.sh
check_stages sh2
