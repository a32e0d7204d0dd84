#!/usr/bin/env bash
# The full matrix of issue 23 for dedupe on one machine: for each input,
# each part count and each mode, the distributed run (bench/
# dedupe_distributed_local.sh) against the single process, compared with
# cmp: records, --report, --dropped and warnings.  Prints one line per
# case and exits non-zero when any differs.
#
#   dedupe_distributed_cmp.sh [FILE...]   (default: the development sets)
#   PARTS="1 2 3 7"  REAM=path/to/ream
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export REAM=${REAM:-ream}
parts=${PARTS:-"1 2 3 7"}
[ $# -gt 0 ] || set -- /work/shared/data/dedupe/*.jsonl
work=$(mktemp -d "${TMPDIR:-/tmp}/ream-dist.XXXXXX")
trap 'rm -rf "$work"' EXIT
modes=("--keep first" "--keep-all" "--keep most-complete" "--keep-all --level work" "--keep first --match-weights 1"
  "--keep most-complete --match-weights 0.9")
failed=0
for file in "$@"; do
  for mode in "${modes[@]}"; do
    # shellcheck disable=SC2086
    "$REAM" dedupe $mode --report "$work/single.report" --dropped "$work/single.dropped" "$file" \
      > "$work/single.out" 2> "$work/single.err"
    for k in $parts; do
      start=$(date +%s.%N)
      # shellcheck disable=SC2086
      "$here/dedupe_distributed_local.sh" "$k" "$work/run" "$file" -- $mode --report "$work/dist.report" \
        --dropped "$work/dist.dropped" > "$work/dist.out" 2> "$work/dist.err"
      secs=$(echo "$(date +%s.%N) - $start" | bc)
      verdict=identical
      for f in out report dropped err; do
        cmp -s "$work/single.$f" "$work/dist.$f" || verdict="DIFFERS($f)"
      done
      [ "$verdict" == identical ] || failed=1
      shuffled=$(awk -F'\t' '$1 ~ /^shuffle/ {s += $2} END {print s + 0}' "$work/run/steps.tsv")
      peak=$(awk -F'\t' 'NR > 1 && $4 > m {m = $4} END {print m}' "$work/run/steps.tsv")
      printf '%s\t%s\tparts=%s\t%s\trecords=%s\tshuffled=%s\tpeak_task_kb=%s\t%.1fs\n' "$(basename "$file")" "$mode" \
        "$k" "$verdict" "$(wc -l < "$work/dist.out")" "$shuffled" "$peak" "$secs"
    done
  done
done
exit $failed
