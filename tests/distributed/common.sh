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
