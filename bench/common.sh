# Shared by the bench scripts: where things are, and a timer.
# Benchmarks print figures; they never fail on timing (machines are noisy).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REAM=${REAM:-$ROOT/build/bin/ream}
SHARED=${SHARED:-$ROOT/../shared}
WORK=${BENCH_WORK:-${TMPDIR:-/tmp}/ream-bench}
mkdir -p "$WORK"
[ -x "$REAM" ] || { echo "bench: no ream binary at $REAM (build first, or set REAM)" >&2; exit 2; }
[ -f "$SHARED/tools/gen_corpus.py" ] || { echo "bench: $SHARED/tools/gen_corpus.py not found (set SHARED)" >&2; exit 2; }

# corpus N [extra gen_corpus args]: path of a cached generated corpus.
corpus() {
  local n=$1; shift
  local path="$WORK/corpus-$n${*:+-${*// /_}}.jsonl"
  [ -s "$path" ] || python3 "$SHARED/tools/gen_corpus.py" "$n" "$@" > "$path"
  echo "$path"
}

# seconds CMD...: best wall time of 3 runs on one core, as a number.
seconds() {
  local best=""
  for _ in 1 2 3; do
    local t
    t=$( { /usr/bin/time -f '%e' taskset -c 0 "$@" > /dev/null; } 2>&1 | tail -1 )
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
  done
  echo "$best"
}

# peak_rss_mb CMD...: peak resident memory of one run, in MB.
peak_rss_mb() {
  { /usr/bin/time -f '%M' "$@" > /dev/null; } 2>&1 | tail -1 | awk '{printf "%.0f", $1/1024}'
}

ratio() { awk "BEGIN{ if ($2 > 0) printf \"%.1f\", $1/$2; else print \"inf\" }"; }
