#!/usr/bin/env bash
# Speed of `ream keywords` on a generated corpus (gen_corpus.py, no gold):
# abstracts per second of CPU time (user + system) on one core, and peak
# memory.  CPU time rather than wall time, and pinned to one core, because
# the machine is shared.  A benchmark only: it never fails on timing.
#   bench/bench_keywords.sh [SHARED_DIR | --smoke]   (--smoke: 5,000 records, for CI)
n=${N:-100000}
if [ "${1:-}" == "--smoke" ]; then n=5000; shift; fi
[ -n "${1:-}" ] && SHARED=$1
source "$(dirname "$0")/common.sh"
input=$(corpus "$n" --no-gold)
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
measure "keywords --warmup 0" keywords --warmup 0
