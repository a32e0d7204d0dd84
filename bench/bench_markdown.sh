#!/usr/bin/env bash
# Speed and memory of `ream markdown` per template on a generated corpus
# (never fails on timing).  The machine is shared, so CPU time (user +
# system) is the figure to compare, not wall time.
# Usage: bench/bench_markdown.sh [SHARED_DIR] [N]    or    --smoke (2,000 records, for CI)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ "${1:-}" == "--smoke" ]; then set -- "${SHARED:-$root/../shared}" 2000; fi
shared=${1:-${SHARED:-$root/../shared}}
n=${2:-20000}
ream=${REAM:-$root/build/bin/ream}
corpus=$(mktemp)
trap 'rm -f "$corpus"' EXIT
python3 "$shared/tools/gen_corpus.py" "$n" --no-gold > "$corpus"
mb=$(du -m "$corpus" | cut -f1)
echo "corpus: $n records, ${mb} MB"
run() {
  local label=$1
  shift
  /usr/bin/time -f "%U %S %M" -o "$corpus.time" "$ream" -i "$corpus" markdown "$@" > /dev/null
  read -r user sys rss < "$corpus.time"
  awk -v l="$label" -v u="$user" -v s="$sys" -v r="$rss" -v n="$n" \
    'BEGIN { cpu = u + s; printf "%-14s CPU %6.2f s  %8.0f records/s  max RSS %7.1f MB\n", l ":", cpu, (cpu > 0 ? n / cpu : 0), r / 1024 }'
}
trap 'rm -f "$corpus" "$corpus.time"' EXIT
run digest --template digest
run "digest --toc" --template digest --toc
run list --template list
run table --template table
