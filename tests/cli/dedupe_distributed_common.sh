# Sourced by the dedupe_distributed_* tests (not a test itself; see
# tests/CMakeLists.txt).  same_as_one_process PARTS "MODE" FILE...: runs
# `ream dedupe MODE FILE...` on one process and through the local driver
# with PARTS parts, and fails unless records, --report, --dropped and
# standard error (the conflict warnings) are the same bytes.
same_as_one_process() {
  local parts=$1 mode=$2
  shift 2
  # shellcheck disable=SC2086
  "$REAM" dedupe $mode --report one.report --dropped one.dropped "$@" > one.out 2> one.err
  # shellcheck disable=SC2086
  REAM=$REAM bash "$REAM_SOURCE/bench/dedupe_distributed_local.sh" "$parts" dist "$@" -- $mode \
    --report dist.report --dropped dist.dropped > dist.out 2> dist.err || fail "driver failed: $(cat dist.err)"
  local f
  for f in out report dropped err; do
    cmp -s "one.$f" "dist.$f" || fail "$mode, $parts parts, $*: $f differs from one process"
  done
  [ -s one.out ] || fail "$mode, $*: no output to compare"
}
