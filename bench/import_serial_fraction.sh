#!/bin/bash
# The serial fraction of `ream -j 2 import FILE` (issue 22), counted in
# instructions so that a loaded machine cannot blur it: callgrind counts
# every thread (one file per thread).  The parallel part is the work any
# thread may do: everything on the pool's threads, and on the calling
# thread what it does inside parallel_for, in parallel_wait (pieces of a
# batch no worker took) and in PiecePipeline::made (pieces it makes while
# the next one to say is not ready).  The rest of the calling thread's
# work (reading and checking the file, saying the pieces in order: ids,
# warnings, emit, the host's output) is serial.  Prints both, the
# instructions of -j 1 beside them, the calling thread's own work, and the
# speed-up Amdahl's law allows on 2 and on 8 workers.  Needs valgrind; use
# files of a few MB.
#   bench/import_serial_fraction.sh FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
REAM=${REAM:-build/bin/ream}
work=$(mktemp -d "${TMPDIR:-/tmp}/ream-serial-fraction.XXXXXX")
trap 'rm -rf "$work"' EXIT
for file in "$@"; do
  rm -f "$work"/j2*
  valgrind --tool=callgrind --callgrind-out-file="$work/j1" "$REAM" -j 1 import "$file" > /dev/null 2> "$work/log1"
  valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$work/j2" "$REAM" -j 2 import "$file" \
    > /dev/null 2> "$work/log2"
  for part in "$work"/j2-*; do
    callgrind_annotate --inclusive=yes --threshold=100 "$part" 2> /dev/null | sed -n '1,/Auto-annotated source/p' \
      > "$part.txt"
  done
  python3 - "$file" "$work" <<'PY'
import glob, re, sys
file, work = sys.argv[1], sys.argv[2]
def count(text, pattern):
    m = re.search(r"^\s*([\d,]+) .*" + pattern, text, re.M)
    return int(m.group(1).replace(",", "")) if m else 0
parts = sorted(glob.glob(f"{work}/j2-*.txt"))
texts = [open(p).read() for p in parts]
total = sum(count(t, r"PROGRAM TOTALS") for t in texts)
calling = texts[0]  # thread 1: the one that runs the stages
own = count(calling, r"PROGRAM TOTALS")
parallel_here = (count(calling, r"cli/worker_pool\.cc:ream::cli::parallel_for\(")
                 + count(calling, r"cli/worker_pool\.cc:ream::cli::parallel_wait\(")
                 + count(calling, r"PiecePipeline<[^\n]*>::made<"))
serial = (own - parallel_here) / total
j1 = int(re.search(r"Collected : (\d+)", open(f"{work}/log1").read()).group(1))
bound = lambda n: 1 / (serial + (1 - serial) / n)
print(f"{file}: -j 1 {j1 / 1e6:.1f} M instructions, -j 2 {total / 1e6:.1f} M ({total / j1 - 1:+.1%}), "
      f"calling thread {own / total:.1%} of them; serial {serial:.1%}; "
      f"Amdahl bound {bound(2):.2f}x on 2 workers, {bound(8):.2f}x on 8")
PY
done
