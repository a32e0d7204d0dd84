# Shared by the bench scripts: where things are, cached corpora, timers.
# Benchmarks print figures; they never fail on timing (machines are noisy).
# A script may set SHARED (from its first argument) before sourcing this.
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
  local args="$*"
  local path="$WORK/corpus-$n${args:+-${args// /_}}.jsonl"
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

# timed CMD...: run CMD once (standard input as given, standard output to
# $TIMED_OUT, /dev/null unless set) and set WALL_S, USER_S, SYS_S, CPU_S
# (user + system) and RSS_MB (peak).
timed() {
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.$$" "$@" > "${TIMED_OUT:-/dev/null}"
  local rss
  read -r WALL_S USER_S SYS_S rss < "$WORK/time.$$"
  rm -f "$WORK/time.$$"
  CPU_S=$(awk -v u="$USER_S" -v s="$SYS_S" 'BEGIN{printf "%.2f", u + s}')
  RSS_MB=$(awk -v r="$rss" 'BEGIN{printf "%.1f", r / 1024}')
}

# best_cpu CMD...: the least CPU_S (user + system) of 3 runs, as a number.
best_cpu() {
  local best=""
  for _ in 1 2 3; do
    timed "$@"
    if [ -z "$best" ] || awk "BEGIN{exit !($CPU_S < $best)}"; then best=$CPU_S; fi
  done
  echo "$best"
}
