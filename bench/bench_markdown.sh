#!/usr/bin/env bash
# Speed of `ream markdown` per template on a generated corpus (never fails on
# timing).  Usage: bench/bench_markdown.sh [SHARED_DIR] [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-$root/../shared}
n=${2:-20000}
ream=${REAM:-$root/build/bin/ream}
corpus=$(mktemp)
trap 'rm -f "$corpus"' EXIT
python3 "$shared/tools/gen_corpus.py" "$n" --no-gold > "$corpus"
mb=$(du -m "$corpus" | cut -f1)
echo "corpus: $n records, ${mb} MB"
for template in digest list table; do
  /usr/bin/time -f "$template: %e s, max RSS %M KB" "$ream" -i "$corpus" markdown --template "$template" > /dev/null
done
