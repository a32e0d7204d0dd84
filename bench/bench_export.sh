#!/usr/bin/env bash
# Speed of `ream export` per format on a generated corpus, in MB of input
# records per CPU second (user + system, one core: the machine is shared,
# so CPU time is the figure to compare), next to `ream cat` on the same
# input, which is what reading the records costs the host.  Never fails on
# timing.  With --check it also imports every export again and compares
# the records (tests/data/export/roundtrip_check.py), the round-trip
# property on generated records.
# Usage: bench/bench_export.sh [--check] [SHARED_DIR] [N]    or    --smoke (2,000 records)
check=false
if [ "${1:-}" == "--check" ]; then check=true; shift; fi
if [ "${1:-}" == "--smoke" ]; then set -- "" 2000; fi
[ -n "${1:-}" ] && SHARED=$1
source "$(dirname "$0")/common.sh"
n=${2:-100000}
input=$(corpus "$n" --no-gold)
mb=$(awk -v b="$(stat -c %s "$input")" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "corpus: $n records, $mb MB"
report() {
  local label=$1 cpu=$2 rss=$3 out=${4:-}
  awk -v l="$label" -v c="$cpu" -v mb="$mb" -v n="$n" -v r="$rss" -v o="$out" \
    'BEGIN { printf "%-16s CPU %6.2f s  %7.1f MB/s  %9.0f records/s  max RSS %6.1f MB%s\n", l ":", c, (c > 0 ? mb / c : 0), (c > 0 ? n / c : 0), r, o }'
}
report cat "$(best_cpu "$REAM" -i "$input" cat)" "$(peak_rss_mb "$REAM" -i "$input" cat)"
for format in biblatex bibtex "bibtex --ascii" ris csl-json csv; do
  # shellcheck disable=SC2086
  cpu=$(best_cpu "$REAM" -q -i "$input" export --format $format)
  # shellcheck disable=SC2086
  out_mb=$("$REAM" -q -i "$input" export --format $format | wc -c | awk '{ printf "%.1f", $1 / 1e6 }')
  # shellcheck disable=SC2086
  rss=$(peak_rss_mb "$REAM" -q -i "$input" export --format $format)
  report "$format" "$cpu" "$rss" "  output $out_mb MB"
done
if $check; then
  "$REAM" -q import "$input" > "$WORK/export-before.jsonl"
  for format in biblatex bibtex "bibtex --ascii" ris csv tsv; do
    allowances=()
    case $format in
      bib*) allowances=(--tex-brace-commands --venue-fields school,institution) ;;
      ris) allowances=(--arxiv-version-free --url-from-arxiv) ;;
    esac
    # shellcheck disable=SC2086
    "$REAM" -q -i "$WORK/export-before.jsonl" export --format $format -o "$WORK/export.out"
    "$REAM" -q import "$WORK/export.out" > "$WORK/export-after.jsonl"
    if python3 "$ROOT/tests/data/export/roundtrip_check.py" "$WORK/export-before.jsonl" "$WORK/export-after.jsonl" \
      "${allowances[@]}" > "$WORK/export-diff.txt"; then
      echo "round trip $format: all $n records the same"
    else
      echo "round trip $format: $(wc -l < "$WORK/export-diff.txt") differences, first: $(head -3 "$WORK/export-diff.txt")"
    fi
  done
fi
