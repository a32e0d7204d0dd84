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
# CPU time with one worker (the figure to compare across builds), then
# wall time with -j 1 and with every core (issue 22), and whether the two
# documents are the same bytes.
cores=$(nproc)
export SOURCE_DATE_EPOCH=0
run() {
  local label=$1
  shift
  timed "$REAM" -j 1 -i "$input" markdown "$@"
  local cpu=$CPU_S rss=$RSS_MB
  TIMED_OUT=$WORK/md-j1.md timed "$REAM" -j 1 -i "$input" markdown "$@"
  local w1=$WALL_S
  TIMED_OUT=$WORK/md-jn.md timed "$REAM" -j "$cores" -i "$input" markdown "$@"
  local same
  same=$(cmp -s "$WORK/md-j1.md" "$WORK/md-jn.md" && echo identical || echo DIFFERENT)
  rm -f "$WORK/md-j1.md" "$WORK/md-jn.md"
  awk -v l="$label" -v c="$cpu" -v r="$rss" -v n="$n" -v a="$w1" -v b="$WALL_S" -v j="$cores" -v s="$same" \
    'BEGIN { printf "%-14s CPU %6.2f s  %8.0f records/s  max RSS %7.1f MB  wall -j 1 %.2f s, -j %d %.2f s (%.2fx), %s\n",
             l ":", c, (c > 0 ? n / c : 0), r, a, j, b, (b > 0 ? a / b : 0), s }'
}
run digest --template digest
run "digest --toc" --template digest --toc
run list --template list
run table --template table
