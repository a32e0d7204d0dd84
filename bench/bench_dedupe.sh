#!/usr/bin/env bash
# Speed and memory of `ream dedupe` on generated corpora (never fails on
# timing).  usage: bench/bench_dedupe.sh [SHARED_DIR] [SIZES...]
# Prints wall, user+sys seconds and peak RSS per size, for the default
# streaming mode (--keep first).  Wall time is only meaningful on an idle
# machine; user+sys is the CPU the run cost.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${1:-$ROOT/../shared}
shift || true
SIZES=${*:-100000 1000000}
REAM=${REAM:-$ROOT/build/bin/ream}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench_dedupe.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
for n in $SIZES; do
  python3 "$SHARED/tools/gen_corpus.py" "$n" --no-gold > "$WORK/corpus.jsonl"
  /usr/bin/time -v "$REAM" -i "$WORK/corpus.jsonl" dedupe > "$WORK/out.jsonl" 2> "$WORK/time.txt" || {
    cat "$WORK/time.txt" >&2
    exit 1
  }
  wall=$(awk -F': ' '/Elapsed/ {print $2}' "$WORK/time.txt")
  user=$(awk -F': ' '/User time/ {print $2}' "$WORK/time.txt")
  sys=$(awk -F': ' '/System time/ {print $2}' "$WORK/time.txt")
  rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$WORK/time.txt")
  echo "records=$n out=$(wc -l < "$WORK/out.jsonl") wall=$wall cpu=$(echo "$user + $sys" | bc)s rss=$((rss / 1024))MB"
done
