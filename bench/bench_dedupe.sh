#!/usr/bin/env bash
# Speed and memory of `ream dedupe` on generated corpora (never fails on
# timing).  usage: bench/bench_dedupe.sh [SHARED_DIR] [SIZES...]
#                  or bench/bench_dedupe.sh --smoke   (10,000 records, for CI)
# For each size, prints wall time, CPU time (user+sys) and peak RSS of the
# default streaming mode (--keep first) with one thread and with
# --threads 2, and of --keep-all.  Wall time is only meaningful on an idle
# machine; user+sys is what the run cost, and is the figure to compare
# under load.
if [ "${1:-}" == "--smoke" ]; then set -- "" 10000; fi
[ -n "${1:-}" ] && SHARED=$1
source "$(dirname "$0")/common.sh"
shift || true
SIZES=${*:-100000 1000000}
for n in $SIZES; do
  input=$(corpus "$n" --no-gold)
  # The streaming default with one and two threads, then --keep-all,
  # which holds every record (in a spool on disk) until the input ends.
  for mode in "--threads 1" "--threads 2" "--keep-all"; do
    # shellcheck disable=SC2086 # the mode is two words on purpose
    TIMED_OUT=$WORK/dedupe.out timed "$REAM" -i "$input" dedupe $mode
    echo "records=$n mode='$mode' out=$(wc -l < "$WORK/dedupe.out") wall=${WALL_S}s cpu=${CPU_S}s rss=${RSS_MB%.*}MB"
  done
done
rm -f "$WORK/dedupe.out"
