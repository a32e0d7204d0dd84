#!/usr/bin/env bash
# Speed of `ream cite` on the gen_corpus.py corpus (docs/benchmarks/cite.md).
# Usage: bench/bench_cite.sh [SHARED_DIR] [RECORDS]    or    --smoke (2,000 records, for CI)
# Prints MB of scanned record text per CPU-second of the stage: the CPU
# time of `ream cite` minus that of `ream cat` on the same input (reading
# and writing JSON is the host's cost, not the stage's).  CPU time rather
# than wall time, because the stage is single-threaded and shared build
# machines make wall time noisy.  Never fails on timing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ "${1:-}" == "--smoke" ]; then set -- "${SHARED:-$ROOT/../shared}" 2000; fi
SHARED=${1:-${SHARED:-$ROOT/../shared}}
N=${2:-20000}
REAM=${REAM:-$ROOT/build/bin/ream}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

python3 "$SHARED/tools/gen_corpus.py" "$N" --seed 7 --no-gold >"$T/corpus.jsonl"
# The bytes cite scans by default: every string field and string array
# element except the record's own identifiers.
BYTES=$(python3 - "$T/corpus.jsonl" <<'PY'
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

cpu() {  # cpu SECONDS-FILE command...: best of 3 user+sys seconds
  local best=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%U %S" -o "$T/t" "$@" <"$T/corpus.jsonl" >/dev/null
    local s
    s=$(awk '{print $1 + $2}' "$T/t")
    if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; fi
  done
  echo "$best"
}

CAT=$(cpu "$REAM" cat)
for mode in fuzzy exact off; do
  CITE=$(cpu "$REAM" cite --titles "$mode")
  awk -v b="$BYTES" -v c="$CITE" -v k="$CAT" -v m="$mode" -v n="$N" 'BEGIN {
    s = c - k; if (s <= 0) s = 0.001;
    printf "cite --titles %-5s %d records, %.1f MB text: cite %.2f s cpu, cat %.2f s cpu -> %.0f MB/s per core\n",
      m, n, b / 1e6, c, k, b / 1e6 / s }'
done
