#!/usr/bin/env bash
# Speed of `ream keywords` on a generated corpus (gen_corpus.py, no gold):
# abstracts per second on one core, user CPU time, and peak memory.  A
# benchmark only: it never fails on timing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-$root/../shared}
ream=${REAM:-$root/build/bin/ream}
n=${N:-100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$shared/tools/gen_corpus.py" "$n" --no-gold > "$tmp/corpus.jsonl"
measure() {  # label, stage words...
  local label=$1; shift
  /usr/bin/time -f "%U %M" -o "$tmp/time" "$ream" "$@" < "$tmp/corpus.jsonl" > /dev/null
  read -r user rss < "$tmp/time"
  awk -v l="$label" -v n="$n" -v u="$user" -v m="$rss" \
    'BEGIN{printf "%-22s %8d records  %6.2f s user  %8.0f records/s  %6.1f MB peak\n", l, n, u, (u>0 ? n/u : 0), m/1024}'
}
measure "cat (host baseline)" cat
measure "keywords" keywords
measure "keywords --warmup 0" keywords --warmup 0
