#!/usr/bin/env bash
# Speed and memory of `ream markdown` per template on a generated corpus
# (never fails on timing).  The machine is shared, so CPU time (user +
# system) is the figure to compare, not wall time.
# Usage: bench/bench_markdown.sh [SHARED_DIR] [N]    or    --smoke (2,000 records, for CI)
if [ "${1:-}" == "--smoke" ]; then set -- "" 2000; fi
[ -n "${1:-}" ] && SHARED=$1
source "$(dirname "$0")/common.sh"
n=${2:-20000}
input=$(corpus "$n" --no-gold)
echo "corpus: $n records, $(du -m "$input" | cut -f1) MB"
run() {
  local label=$1
  shift
  timed "$REAM" -i "$input" markdown "$@"
  awk -v l="$label" -v c="$CPU_S" -v r="$RSS_MB" -v n="$n" \
    'BEGIN { printf "%-14s CPU %6.2f s  %8.0f records/s  max RSS %7.1f MB\n", l ":", c, (c > 0 ? n / c : 0), r }'
}
run digest --template digest
run "digest --toc" --template digest --toc
run list --template list
run table --template table
