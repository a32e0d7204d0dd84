#!/usr/bin/env bash
# Speed of `ream keywords` on a generated corpus (gen_corpus.py, no gold):
# abstracts per second of CPU time (user + system) on one core, and peak
# memory.  CPU time rather than wall time, and pinned to one core, because
# the machine is shared.  Then -j 1 against -j 2 unpinned: wall time, the
# speed-up, and CPU time (which parallel ranking should not raise), with
# the outputs compared byte for byte; wall ratios mean something only on
# a quiet machine.  A benchmark only: it never fails on timing.
#   bench/bench_keywords.sh [SHARED_DIR | --smoke]   (--smoke: 5,000 records, for CI)
n=${N:-100000}
if [ "${1:-}" == "--smoke" ]; then n=5000; shift; fi
[ -n "${1:-}" ] && SHARED=$1
source "$(dirname "$0")/common.sh"
input=$(corpus "$n" --no-gold)
"$REAM" -i "$input" keywords --count-only --save-df "$WORK/keywords-$n.df" > /dev/null
measure() {  # label, stage words...
  local label=$1; shift
  local pin=()
  command -v taskset > /dev/null && pin=(taskset -c 0)
  timed "${pin[@]}" "$REAM" -i "$input" "$@"
  awk -v l="$label" -v n="$n" -v u="$USER_S" -v s="$SYS_S" -v m="$RSS_MB" \
    'BEGIN{c=u+s; printf "%-22s %8d records  %6.2f s user  %5.2f s sys  %8.0f records/s  %6.1f MB peak\n", l, n, u, s, (c>0 ? n/c : 0), m}'
}
measure "cat (host baseline)" cat
measure "keywords" keywords
measure "keywords --df FILE" keywords --df "$WORK/keywords-$n.df"
# Workers: the same run at -j 1 and -j 2, not pinned.
jobs() {  # label, -j N
  TIMED_OUT="$WORK/keywords-j$2.jsonl" timed "$REAM" -j "$2" -i "$input" keywords
  awk -v l="$1" -v w="$WALL_S" -v c="$CPU_S" -v n="$n" \
    'BEGIN{printf "%-22s %8d records  %6.2f s wall  %6.2f s CPU  %8.0f records/s wall\n", l, n, w, c, (w>0 ? n/w : 0)}'
}
jobs "keywords -j 1" 1
wall1=$WALL_S
jobs "keywords -j 2" 2
awk -v a="$wall1" -v b="$WALL_S" 'BEGIN{printf "keywords -j 2 speed-up  %.2fx wall (issue 22 bar: 1.7x, quiet machine)\n", (b>0 ? a/b : 0)}'
cmp -s "$WORK/keywords-j1.jsonl" "$WORK/keywords-j2.jsonl" && echo "outputs identical" || { echo "OUTPUTS DIFFER"; exit 1; }
