#!/usr/bin/env bash
# Speed of `ream cite` on the gen_corpus.py corpus (docs/benchmarks/cite.md).
# Usage: bench/bench_cite.sh [SHARED_DIR] [RECORDS]    or    --smoke (2,000 records, for CI)
# Prints MB of scanned record text per CPU-second of the stage: the CPU
# time of `ream cite` minus that of `ream cat` on the same input (reading
# and writing JSON is the host's cost, not the stage's).  CPU time rather
# than wall time, because the stage is single-threaded and shared build
# machines make wall time noisy.  Never fails on timing.
if [ "${1:-}" == "--smoke" ]; then set -- "" 2000; fi
[ -n "${1:-}" ] && SHARED=$1
source "$(dirname "$0")/common.sh"
N=${2:-20000}
CORPUS=$(corpus "$N" --seed 7 --no-gold)

# The bytes cite scans by default: every string field and string array
# element except the record's own identifiers.
BYTES=$(python3 - "$CORPUS" <<'PY'
import json, sys
own = {'id', 'arxiv', 'doi', 'isbn', 'url', 'links', 'cites'}
n = 0
for line in open(sys.argv[1], encoding='utf-8'):
    for k, v in json.loads(line).items():
        if k in own: continue
        for s in (v if isinstance(v, list) else [v]):
            if isinstance(s, str): n += len(s.encode('utf-8'))
print(n)
PY
)

CAT=$(best_cpu "$REAM" -i "$CORPUS" cat)
for mode in fuzzy exact off; do
  CITE=$(best_cpu "$REAM" -i "$CORPUS" cite --titles "$mode")
  awk -v b="$BYTES" -v c="$CITE" -v k="$CAT" -v m="$mode" -v n="$N" 'BEGIN {
    s = c - k; if (s <= 0) s = 0.001;
    printf "cite --titles %-5s %d records, %.1f MB text: cite %.2f s cpu, cat %.2f s cpu -> %.0f MB/s per core\n",
      m, n, b / 1e6, c, k, b / 1e6 / s }'
done
