#!/usr/bin/env bash
# dedupe --dist components at scale, without a corpus: E generated edges
# (e-lines as the pairs step writes them, sorted), each between a record
# and one of the 5,000 before it, over 10 times E records, so most
# components are two or three records, as dedupe's are.  At a million
# generated records the pairs step writes about 110,000 edges; E=3000000
# stands for some 27 million records.  Per ream binary (REAM, and
# COMPARE=another ream, e.g. main's build) and --dist-memory value
# (MEMORY, default "64 16"): the step's peak RSS, its CPU and its output's
# digest (sorted: the output's order is no contract, its lines are), with
# -j 1 (the step is serial; the host's parallel reader alone holds some
# 70-90 MB at -j 2, whatever the input, which would hide the step's own).
#   E=3000000 COMPARE=/work/main/build/bin/ream bench/bench_components.sh
# Scratch: the edges (about 50 bytes each) in a directory removed on exit.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
REAM=${REAM:-$ROOT/build/bin/ream}
E=${E:-3000000}
MEMORY=${MEMORY:-64 16}
dir=$(mktemp -d "${TMPDIR:-/tmp}/bench-components.XXXXXX")
trap 'rm -rf "$dir"' EXIT
awk -v n="$E" 'BEGIN { srand(11)
  for (i = 0; i < n; i++) { l = 1000 + int(rand() * 10 * n); e = l - 1 - int(rand() * 5000); if (e < 1) e = 1
    printf "{\"k\":\"e001%013d001%013d\",\"t\":\"m\"}\n", l, e } }' | LC_ALL=C sort -u -T "$dir" > "$dir/edges.jsonl"
echo "edges: $(wc -l < "$dir/edges.jsonl")"
run() {  # label, ream, options...
  local label=$1 ream=$2
  shift 2
  /usr/bin/time -f "%M %U %S" -o "$dir/time" env TMPDIR="$dir" "$ream" -j 1 -q dedupe --dist components "$@" \
    < "$dir/edges.jsonl" > "$dir/out.jsonl"
  read -r kb user sys < "$dir/time"
  printf '%-30s peak %7.1f MB  CPU %6.2f s  output %s\n' "$label" "$(awk -v k="$kb" 'BEGIN{print k/1024}')" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" \
    "$(LC_ALL=C sort -T "$dir" "$dir/out.jsonl" | md5sum | cut -c1-12)"
}
[ -n "${COMPARE:-}" ] && run "$COMPARE" "$COMPARE"
for m in $MEMORY; do run "--dist-memory $m" "$REAM" --dist-memory "$m"; done
