# Sourced by the distributed tests (after tests/cli/common.sh's checks):
# the inputs, the single-process references and the comparison of a
# distributed run's every stage with them.  Exit status 77 tells ctest the
# test was skipped: only when the engine's Debian packages are absent.
source "$(dirname "${BASH_SOURCE[0]}")/../cli/common.sh"
DIST_TESTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DISTRIBUTE=$REAM_SOURCE/share/ream/distributed/ream-distribute
SAMPLES=$REAM_SOURCE/share/ream/samples
# CI's reduced matrix; bench/distributed_matrix.sh sets more.
DIST_PARTS=${DIST_PARTS:-1 2 3}
DIST_RECORDS=${DIST_RECORDS:-200}

# require_packages PACKAGE...: skip (77) when one is not installed; fail
# when they are but this is not root (the daemons run as root, as in CI).
require_packages() {
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2> /dev/null | grep -q "install ok installed"; then
      echo "SKIP: Debian package $pkg is not installed (.ci/packages installs it)"
      exit 77
    fi
  done
  [ "$(id -u)" -eq 0 ] || fail "$* installed, but the test cluster needs root (run as CI does)"
}

# make_inputs: three generated corpora (seeds 1-3), the samples, and one
# corpus listed twice, so that ids, links and duplicates cross the parts.
make_inputs() {
  local seed
  for seed in 1 2 3; do
    python3 "$DIST_TESTS/gen_records.py" "${1:-200}" "$seed" > "gen$seed.jsonl"
  done
  INPUTS=(gen1.jsonl "$SAMPLES/library.bib" gen2.jsonl "$SAMPLES/trending-2026-03-02.txt" gen1.jsonl
    "$SAMPLES/reading-notes.md" gen3.jsonl "$SAMPLES/trending-2026-03-03.txt")
  "$REAM" -q import "${INPUTS[@]}" > ref-import.jsonl
  # The model is estimated in parts too (dedupe --dist em); a saved one is
  # for the cases that give --model.
  "$REAM" -q -i ref-import.jsonl dedupe --save-model model.json > /dev/null
  DEDUPE=(--keep-all --report "$PWD/report.jsonl")
  "$REAM" -q -i ref-import.jsonl dedupe "${DEDUPE[@]}" > ref-dedupe.jsonl
  mv report.jsonl ref-report.jsonl
  "$REAM" -q -i ref-dedupe.jsonl keywords -k 5 > ref-keywords.jsonl
  "$REAM" -q -i ref-keywords.jsonl cite > ref-cite.jsonl
  "$REAM" -q -i ref-cite.jsonl markdown > ref-digest.md
  [ "$(wc -l < ref-import.jsonl)" -gt 500 ] || fail "too few records in the test corpus"
  grep -q '~2"' ref-import.jsonl || fail "the test corpus has no id claimed twice"
  grep -q '"cites":\["' ref-cite.jsonl || fail "the test corpus has no citation"
  [ "$(jq -r .cluster ref-dedupe.jsonl | sort | uniq -d | wc -l)" -gt 20 ] || fail "the test corpus has too few duplicates"
}

# check_stages WORK: every stage's parts, in order, equal one process's output.
check_stages() {
  local work=$1
  cat "$work"/01-import/part-*.jsonl > got-import.jsonl
  cmp ref-import.jsonl got-import.jsonl || fail "$work: import differs from one process"
  cat "$work"/02-dedupe/part-*.jsonl > got-dedupe.jsonl
  cmp ref-dedupe.jsonl got-dedupe.jsonl || fail "$work: dedupe differs from one process"
  cmp ref-report.jsonl report.jsonl || fail "$work: dedupe --report differs from one process"
  rm report.jsonl
  cat "$work"/03-keywords/part-*.jsonl > got-keywords.jsonl
  cmp ref-keywords.jsonl got-keywords.jsonl || fail "$work: keywords differs from one process"
  cat "$work"/04-cite/part-*.jsonl > got-cite.jsonl
  cmp ref-cite.jsonl got-cite.jsonl || fail "$work: cite differs from one process"
  cmp ref-digest.md "$work/digest.md" || fail "$work: the markdown digest differs from one process"
}

# The pipeline every engine runs: ream-distribute ENGINE [OPTIONS] "${PIPELINE[@]}"
pipeline() {
  PIPELINE=(import "${INPUTS[@]}" then dedupe "${DEDUPE[@]}" then keywords -k 5 then cite then markdown)
}

# The dedupe options check_dedupe_modes runs: every --keep mode, with and
# without --report and --dropped, with the model estimated in parts or
# given.  An engine whose rounds are slow to schedule runs DEDUPE_ROUND_MODES,
# which still has every kind of round (donors, sides, the model's EM).
SIDES="--report $T/rep.jsonl --dropped $T/drop.jsonl"
DEDUPE_MODES=("--keep first" "--keep-all" "--keep most-complete" "--keep merge" "--keep merge $SIDES"
  "--keep-all $SIDES" "--keep most-complete --model $T/model.json $SIDES"
  "--keep merge --model $T/model.json --report $T/rep.jsonl" "--keep first --level work --model $T/model.json $SIDES")
DEDUPE_ROUND_MODES=("--keep first" "--keep merge $SIDES" "--keep-all --report $T/rep.jsonl"
  "--keep most-complete --model $T/model.json $SIDES")

# check_dedupe_modes "PARTS..." DRIVER...: dedupe on its own with each of
# the options in the array MODES (default DEDUPE_MODES), through DRIVER
# (the driver's command and engine options, e.g. python3 "$DISTRIBUTE"
# local), gives one process's records, report and dropped records for each
# part count.  Needs make_inputs's ref-import.jsonl and model.json.
check_dedupe_modes() {
  local parts_list=$1 opts parts modes=("${MODES[@]}")
  shift
  [ ${#modes[@]} -gt 0 ] || modes=("${DEDUPE_MODES[@]}")
  for opts in "${modes[@]}"; do
    rm -f rep.jsonl drop.jsonl
    # shellcheck disable=SC2086
    "$REAM" -q -i ref-import.jsonl dedupe $opts > one.jsonl
    case $opts in *"--keep merge"*) grep -q '"filled_from"' one.jsonl || fail "dedupe $opts: no record was filled" ;; esac
    [ -f rep.jsonl ] && mv rep.jsonl one-rep.jsonl
    [ -f drop.jsonl ] && mv drop.jsonl one-drop.jsonl
    for parts in $parts_list; do
      rm -rf "modes$parts"
      # shellcheck disable=SC2086
      "$@" --ream "$REAM" --parts "$parts" --work "modes$parts" -o got.jsonl -i ref-import.jsonl dedupe $opts \
        > /dev/null || fail "dedupe $opts, $parts parts: the driver failed"
      cmp one.jsonl got.jsonl || fail "dedupe $opts, $parts parts: records differ from one process"
      if [ -f one-rep.jsonl ]; then
        cmp one-rep.jsonl rep.jsonl || fail "dedupe $opts, $parts parts: --report differs from one process"
      fi
      if [ -f one-drop.jsonl ]; then
        cmp one-drop.jsonl drop.jsonl || fail "dedupe $opts, $parts parts: --dropped differs from one process"
      fi
      rm -f rep.jsonl drop.jsonl
    done
    rm -f one-rep.jsonl one-drop.jsonl
  done
}

# check_state_two_days "MODE" DRIVER...: dedupe MODE with --state through
# DRIVER, a first day and a second after one process's first, at 2 and 3
# parts, gives one process's records, report, dropped records and state
# file (tests/cli/dedupe_distributed_state_common.sh).
check_state_two_days() {
  local mode=$1
  shift
  source "$REAM_SOURCE/tests/cli/dedupe_distributed_state_common.sh"
  DIST_DRIVER=("$@")
  make_days
  same_as_one_process 3 "$mode" "" day1.jsonl
  cp one-after.db day1.db
  same_as_one_process 2 "$mode" day1.db day2.jsonl
  unset DIST_DRIVER
}

# use_test_slurm: this test's own single-node Slurm (slurm_cluster.sh),
# started now and stopped, with the scratch directory, when the test exits.
use_test_slurm() {
  require_packages slurm-wlm munge
  source "$DIST_TESTS/slurm_cluster.sh"
  trap 'slurm_cluster_stop; rm -rf "$T"' EXIT
  slurm_cluster_start "$T/slurm" || fail "the test's Slurm did not start"
}
