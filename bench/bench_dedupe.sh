#!/usr/bin/env bash
# Speed and memory of `ream dedupe` on generated corpora (never fails on
# timing).  usage: bench/bench_dedupe.sh [SHARED_DIR] [SIZES...]
#                  or bench/bench_dedupe.sh --smoke   (10,000 records, for CI)
# For each size, prints wall time, CPU time (user+sys) and peak RSS of the
# default streaming mode (--keep first) and of --keep-all, each with one
# worker (-j 1) and two (-j 2), and whether the outputs of -j 1 and -j 2
# are the same bytes.  Wall time is only meaningful on an idle machine;
# user+sys is what the run cost, and is the figure to compare under load.
# For instruction counts, which do not depend on the load:
#   valgrind --tool=callgrind build/bin/ream -j 1 -i CORPUS dedupe > /dev/null
if [ "${1:-}" == "--smoke" ]; then set -- "" 10000; fi
[ -n "${1:-}" ] && SHARED=$1
source "$(dirname "$0")/common.sh"
shift || true
SIZES=${*:-100000 1000000}
for n in $SIZES; do
  input=$(corpus "$n" --no-gold)
  # The streaming default, then --keep-all, which holds every record (in
  # a spool on disk) until the input ends.
  for mode in "--keep first" "--keep-all"; do
    for jobs in 1 2; do
      # shellcheck disable=SC2086 # the mode is one or two words on purpose
      TIMED_OUT=$WORK/dedupe.$jobs.out timed "$REAM" -j "$jobs" -i "$input" dedupe $mode
      echo "records=$n mode='$mode' jobs=$jobs out=$(wc -l < "$WORK/dedupe.$jobs.out") wall=${WALL_S}s cpu=${CPU_S}s rss=${RSS_MB%.*}MB"
    done
    same=yes
    cmp -s "$WORK/dedupe.1.out" "$WORK/dedupe.2.out" || same=NO
    echo "records=$n mode='$mode' -j 1 and -j 2 identical: $same"
  done
done
rm -f "$WORK"/dedupe.*.out
