#!/bin/bash
# The serial fraction of `ream -j 2 import FILE` (issue 22), counted in
# instructions so that a loaded machine cannot blur it: callgrind counts
# every thread; the work done inside parallel_for (on the calling thread
# and on the workers) is the parallel part, the rest (reading, checking,
# putting papers together in order, ids, output) the serial part.  Prints
# both, the instructions of -j 1 beside them, and the speed-up Amdahl's
# law allows on 2 and on 8 workers.  Needs valgrind; use files of a few MB.
#   bench/import_serial_fraction.sh FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
REAM=${REAM:-build/bin/ream}
work=$(mktemp -d "${TMPDIR:-/tmp}/ream-serial-fraction.XXXXXX")
trap 'rm -rf "$work"' EXIT
for file in "$@"; do
  valgrind --tool=callgrind --callgrind-out-file="$work/j1" "$REAM" -j 1 import "$file" > /dev/null 2> "$work/log1"
  valgrind --tool=callgrind --callgrind-out-file="$work/j2" "$REAM" -j 2 import "$file" > /dev/null 2> "$work/log2"
  callgrind_annotate --inclusive=yes "$work/j2" > "$work/j2.txt" 2> /dev/null
  python3 - "$file" "$work" <<'PY'
import re, sys
file, work = sys.argv[1], sys.argv[2]
def count(text, pattern):
    m = re.search(r"^\s*([\d,]+) .*" + pattern, text, re.M)
    return int(m.group(1).replace(",", "")) if m else 0
j2 = open(f"{work}/j2.txt").read()
total = count(j2, r"PROGRAM TOTALS")
# Tasks run on the calling thread inside the pool's parallel_for, and on
# the pool's threads.
parallel = count(j2, r"cli/worker_pool\.cc:ream::cli::parallel_for\(") + count(j2, r"Pool::start.*_M_run\(\) \[")
j1 = int(re.search(r"Collected : (\d+)", open(f"{work}/log1").read()).group(1))
serial = (total - parallel) / total
bound = lambda n: 1 / (serial + (1 - serial) / n)
print(f"{file}: -j 1 {j1 / 1e6:.1f} M instructions, -j 2 {total / 1e6:.1f} M ({total / j1 - 1:+.1%}); "
      f"serial {serial:.1%}; Amdahl bound {bound(2):.2f}x on 2 workers, {bound(8):.2f}x on 8")
PY
done
