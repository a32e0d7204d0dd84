#!/usr/bin/env bash
# Speed of `ream keywords` on a generated corpus (gen_corpus.py, no gold):
# abstracts per second of CPU time (user + system) on one core, and peak
# memory.  CPU time rather than wall time, and pinned to one core, because
# the machine is shared.  A benchmark only: it never fails on timing.
#   bench/bench_keywords.sh [SHARED_DIR | --smoke]   (--smoke: 5,000 records, for CI)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${N:-100000}
if [ "${1:-}" == "--smoke" ]; then n=5000; shift; fi
shared=${1:-${SHARED:-$root/../shared}}
ream=${REAM:-$root/build/bin/ream}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$shared/tools/gen_corpus.py" "$n" --no-gold > "$tmp/corpus.jsonl"
measure() {  # label, stage words...
  local label=$1; shift
  local pin=()
  command -v taskset > /dev/null && pin=(taskset -c 0)
  /usr/bin/time -f "%U %S %M" -o "$tmp/time" "${pin[@]}" "$ream" "$@" < "$tmp/corpus.jsonl" > /dev/null
  read -r user sys rss < "$tmp/time"
  awk -v l="$label" -v n="$n" -v u="$user" -v s="$sys" -v m="$rss" \
    'BEGIN{c=u+s; printf "%-22s %8d records  %6.2f s user  %5.2f s sys  %8.0f records/s  %6.1f MB peak\n", l, n, u, s, (c>0 ? n/c : 0), m/1024}'
}
measure "cat (host baseline)" cat
measure "keywords" keywords
measure "keywords --warmup 0" keywords --warmup 0
