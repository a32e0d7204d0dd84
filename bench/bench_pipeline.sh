#!/usr/bin/env bash
# Single-core speed of the full pipeline `dedupe then keywords then cite
# then markdown` (docs/benchmarks/pipeline.md, issue 22's bar of 8,000
# papers per CPU second).  Never fails on timing.
#
# Usage: bench/bench_pipeline.sh [SHARED_DIR] [N]    or    --smoke (2,000 records, for CI)
#
# Prints, for the chain in one process (`ream -j 1 ... then ...`) and for
# the same stages as a shell pipe of four `ream -j 1` processes, the best
# of three runs in papers per CPU second: input records over user + system
# seconds summed over every process (CPU time, not wall time, because the
# machine is shared and wall time is noisy).  Then the one-process chain's
# `--stats` per-stage seconds, and a check that both forms wrote the same
# bytes.  REAM=path/to/ream compares another build (e.g. main's).
if [ "${1:-}" == "--smoke" ]; then set -- "" 2000; fi
[ -n "${1:-}" ] && SHARED=$1
source "$(dirname "$0")/common.sh"
n=${2:-100000}
input=$(corpus "$n" --no-gold)
echo "corpus: $n records, $(du -m "$input" | cut -f1) MB; ream: $REAM"
export SOURCE_DATE_EPOCH=0 # the digest's date, so outputs compare

chain=(dedupe then keywords then cite then markdown)
one_process() { "$REAM" -j 1 -i "$input" "${chain[@]}"; }
# Each process's user + system seconds are what /usr/bin/time reports for
# the whole pipe when it times a shell running it (children included).
shell_pipe() {
  "$REAM" -j 1 -i "$input" dedupe | "$REAM" -j 1 keywords | "$REAM" -j 1 cite | "$REAM" -j 1 markdown
}
export -f one_process shell_pipe
export REAM input
chain_str="${chain[*]}"
export chain_str

report() { # report LABEL CPU_SECONDS
  awk -v l="$1" -v c="$2" -v n="$n" \
    'BEGIN { printf "%-22s CPU %7.2f s  %8.0f papers/s of CPU\n", l ":", c, (c > 0 ? n / c : 0) }'
}
best() { # best FUNCTION OUT: least CPU of 3 runs; output of the last in OUT
  local fn=$1 out=$2 b="" c
  for _ in 1 2 3; do
    TIMED_OUT=$out timed bash -c "chain=($chain_str); $fn"
    c=$CPU_S
    if [ -z "$b" ] || awk "BEGIN{exit !($c < $b)}"; then b=$c; fi
  done
  echo "$b"
}
report "one process (-j 1)" "$(best one_process "$WORK/pipeline-one.md")"
report "shell pipe (4 x -j 1)" "$(best shell_pipe "$WORK/pipeline-pipe.md")"
if cmp -s "$WORK/pipeline-one.md" "$WORK/pipeline-pipe.md"; then
  echo "outputs: identical ($(wc -c < "$WORK/pipeline-one.md") bytes)"
else
  echo "outputs: DIFFER ($WORK/pipeline-one.md, $WORK/pipeline-pipe.md)"
fi
echo "per stage (--stats, one process, last run):"
"$REAM" -j 1 --stats -i "$input" "${chain[@]}" 2>&1 >/dev/null | sed 's/^ream: stats: /  /'
