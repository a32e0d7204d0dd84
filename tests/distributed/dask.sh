#!/usr/bin/env bash
# The Dask driver on a loopback dask-scheduler with two worker processes
# started by the test: every stage's parts give one process's bytes for 1,
# 2 and 3 parts; so does dedupe on its own in every --keep mode, with and
# without --report, and a two-day run with --state in --keep merge.
source "$(dirname "$0")/common.sh"
require_packages python3-distributed
source "$DIST_TESTS/dask_cluster.sh"
trap 'dask_cluster_stop; rm -rf "$T"' EXIT
# ream and ream-distribute on the workers' PATH, as installed (the page's
# example below names neither by its path).
mkdir -p bin
ln -s "$REAM" bin/ream
ln -s "$DISTRIBUTE" bin/ream-distribute
export PATH="$T/bin:$PATH"
dask_cluster_start "$T/dask" || fail "the test's Dask cluster did not start"
make_inputs "$DIST_RECORDS"
pipeline
for parts in $DIST_PARTS; do
  "$DASK_PYTHON" "$DISTRIBUTE" dask --scheduler "$DASK_SCHEDULER" --ream "$REAM" --parts "$parts" --work "w$parts" \
    -o "w$parts/digest.md" "${PIPELINE[@]}" || { dask_cluster_log >&2; fail "dask run with $parts parts failed"; }
  check_stages "w$parts"
done
# dedupe on its own in every mode, and a daily run with --state.
DASK_DRIVER=("$DASK_PYTHON" "$DISTRIBUTE" dask --scheduler "$DASK_SCHEDULER")
check_dedupe_modes 3 "${DASK_DRIVER[@]}"
check_state_two_days "--keep merge" "${DASK_DRIVER[@]}"
# The Dask example of ream-distributed(7), as the page prints it, on this
# test's cluster (its address for the page's) and the samples, with
# ream-distribute found on the PATH as installed: one process's digest.
mkdir -p example
sed -n '/^\.SH EXAMPLES/,/^\.SH FILES/p' "$REAM_SOURCE/man/ream-distributed.7" |
  awk '/^\.nf/ { block++; on = 1; next } /^\.fi/ { on = 0 } on && block == 3 && !/^\.R[SE]/ && !/^dask/' |
  sed -e 's/\\-/-/g' -e 's/\\e$/\\/' -e "s|tcp://127.0.0.1:8786|$DASK_SCHEDULER|" > example.sh
grep -q "ream-distribute dask" example.sh || fail "no Dask example in ream-distributed(7)"
(cd example && S=$SAMPLES bash -eo pipefail ../example.sh 2> ../example.err) ||
  fail "the Dask example of ream-distributed(7) failed: $(cat example.err)"
"$REAM" -q import "$SAMPLES/library.bib" "$SAMPLES/reading-notes.md" then keywords then markdown > example-one.md
cmp example-one.md example/digest.md || fail "the Dask example's digest differs from one process"
