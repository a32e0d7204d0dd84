#!/usr/bin/env bash
# Speed and memory of `ream dedupe` on generated corpora (never fails on
# timing).  usage: bench/bench_dedupe.sh [SHARED_DIR] [SIZES...]
#                  or bench/bench_dedupe.sh --smoke   (10,000 records, for CI)
# For each size, prints wall time, CPU time (user+sys) and peak RSS of the
# default streaming mode (--keep first) with one thread and with
# --threads 2, and of --keep-all.  Wall time is only meaningful on an idle machine; user+sys
# is what the run cost, and is the figure to compare under load.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ "${1:-}" == "--smoke" ]; then set -- "${SHARED:-$ROOT/../shared}" 10000; fi
SHARED=${1:-${SHARED:-$ROOT/../shared}}
shift || true
SIZES=${*:-100000 1000000}
REAM=${REAM:-$ROOT/build/bin/ream}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench_dedupe.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
for n in $SIZES; do
  python3 "$SHARED/tools/gen_corpus.py" "$n" --no-gold > "$WORK/corpus.jsonl"
  # The streaming default with one and two threads, then --keep-all,
  # which holds every record (in a spool on disk) until the input ends.
  for mode in "--threads 1" "--threads 2" "--keep-all"; do
    # shellcheck disable=SC2086 # the mode is two words on purpose
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" \
      "$REAM" -i "$WORK/corpus.jsonl" dedupe $mode > "$WORK/out.jsonl"
    read -r wall user sys rss < "$WORK/time.txt"
    echo "records=$n mode='$mode' out=$(wc -l < "$WORK/out.jsonl") wall=${wall}s" \
      "cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u + s}')s rss=$((rss / 1024))MB"
  done
done
