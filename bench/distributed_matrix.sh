#!/usr/bin/env bash
# The full matrix of the distributed tests (CI runs a reduced one): every
# engine (the engine-free rounds, a single-node Slurm, a loopback Dask)
# with 1, 2, 3 and 7 parts on larger generated corpora, each stage and
# every dedupe mode compared byte for byte with one process.  Slurm and
# Dask need their Debian packages and root, as in CI.
#   bench/distributed_matrix.sh [RECORDS_PER_SEED]   (default 2000)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export REAM=${REAM:-$ROOT/build/bin/ream} REAM_SOURCE=$ROOT REAM_PLUGIN_PATH= LC_ALL=C.UTF-8
export DIST_PARTS=${DIST_PARTS:-1 2 3 7} DIST_RECORDS=${1:-2000}
status=0
for test in plan_local slurm dask; do
  start=$(date +%s)
  result=passed
  bash "$ROOT/tests/distributed/$test.sh" > "${TMPDIR:-/tmp}/distributed_matrix.$test.log" 2>&1 || {
    rc=$?
    if [ "$rc" = 77 ]; then result=skipped; else result="FAILED (log: ${TMPDIR:-/tmp}/distributed_matrix.$test.log)"; status=1; fi
  }
  echo "$test: parts $DIST_PARTS, $DIST_RECORDS records per seed: $result in $(($(date +%s) - start)) s"
done
exit "$status"
