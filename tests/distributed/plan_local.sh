#!/usr/bin/env bash
# The rounds ream-distribute plans, run one after another without any
# engine (its 'local' engine and the shell script 'plan' prints): every
# stage's parts, in order, give one process's bytes for 1, 2, 3 and 7
# parts.  Needs no cluster, so it runs everywhere.
source "$(dirname "$0")/common.sh"
make_inputs "$DIST_RECORDS"
pipeline
for parts in $DIST_PARTS; do
  python3 "$DISTRIBUTE" local --ream "$REAM" --parts "$parts" --work "w$parts" -o "w$parts/digest.md" "${PIPELINE[@]}"
  check_stages "w$parts"
done
# The plan as a shell script runs the same rounds.
python3 "$DISTRIBUTE" plan --ream "$REAM" --parts 2 --work sh2 -o sh2/digest.md "${PIPELINE[@]}" > plan.sh
bash plan.sh
check_stages sh2
# A pipeline that cannot run in parts is refused before anything runs.
refused() {
  local want=$1; shift
  expect_status 2 python3 "$DISTRIBUTE" plan "$@"
  expect_eq "ream-distribute: $want" "$(python3 "$DISTRIBUTE" plan "$@" 2>&1 || true)" "message for $*"
}
refused "import: name the files to import" import
refused "stage 'sort' cannot run in parts (it needs the whole stream on one node); run it after ream-distribute, on the gathered output" -i gen1.jsonl sort title
refused "markdown writes a document: it must be the last stage" -i gen1.jsonl markdown then cat
refused "keywords: --df is not available in a distributed run (the table is the whole input's, summed from the parts)" -i gen1.jsonl keywords --df x.tsv
refused "the first stage is not import: name the JSON Lines input with -i FILE" cite
refused "--parts must be at least 1" --parts 0 -i gen1.jsonl cat
# dedupe in every mode and with --report and --dropped, on its own.
for opts in "" "--keep-all --model $T/model.json" "--keep most-complete --model $T/model.json" \
  "--keep first --level work --model $T/model.json --report $T/rep.jsonl --dropped $T/drop.jsonl" \
  "--keep-all --model $T/model.json --report $T/rep.jsonl --dropped $T/drop.jsonl"; do
  # shellcheck disable=SC2086
  "$REAM" -q -i ref-import.jsonl dedupe $opts > one.jsonl
  [ -f rep.jsonl ] && mv rep.jsonl one-rep.jsonl && mv drop.jsonl one-drop.jsonl
  for parts in $DIST_PARTS; do
    # shellcheck disable=SC2086
    python3 "$DISTRIBUTE" local --ream "$REAM" --parts "$parts" --work "d$parts" -o got.jsonl -i ref-import.jsonl dedupe $opts
    cmp one.jsonl got.jsonl || fail "dedupe $opts, $parts parts: records differ from one process"
    if [ -f rep.jsonl ]; then
      cmp one-rep.jsonl rep.jsonl || fail "dedupe $opts, $parts parts: --report differs from one process"
      cmp one-drop.jsonl drop.jsonl || fail "dedupe $opts, $parts parts: --dropped differs from one process"
      rm rep.jsonl drop.jsonl
    fi
  done
  rm -f one-rep.jsonl one-drop.jsonl
done
