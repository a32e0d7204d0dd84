#!/usr/bin/env bash
# Speed of `ream cite` on the gen_corpus.py corpus (docs/benchmarks/cite.md).
# Usage: bench/bench_cite.sh [SHARED_DIR] [RECORDS]    or    --smoke (2,000 records, for CI)
# Prints MB of JSON Lines input per CPU second of the whole `ream cite`
# process, and its peak resident memory, for each --titles mode.  CPU
# time rather than wall time: the figure is work per byte (run with one
# worker, JOBS=1 by default), and shared build machines make wall time
# noisy.  Never fails on timing.
#
#        bench/bench_cite.sh --linear
# Checks that cite's work is linear in the size of one record (best-of-3
# CPU seconds, user + system).  One abstract with 25,000 and with 100,000
# URLs (0.9 and 3.6 MB lines): 4x the input must take at most 5x the CPU;
# a quadratic step takes 16x.  Records of 50,000 and of 200,000 keys
# each (twenty records): there the host's own parsing is not linear (hash sets and arrays
# outgrow the caches; `ream cat` takes about 9x for 4x), so what is
# checked is cite's CPU over cat's CPU on the same input, which may grow
# by at most 1.5x from the small input to the large one (measured 1.2x:
# cite re-serialises each record it annotates where cat passes the line
# through, and that too slows as the record outgrows the caches; cite's
# old per-key lookups made it grow by more than 10x).  Fails (exit 1)
# when a ratio is over its limit: a ratio is robust where a timing is not.
if [ "${1:-}" == "--linear" ]; then
  set -euo pipefail
  ROOT=$(cd "$(dirname "$0")/.." && pwd)
  REAM=${REAM:-$ROOT/build/bin/ream}
  T=$(mktemp -d)
  trap 'rm -rf "$T"' EXIT
  python3 - "$T" <<'PY'
import json, sys
d = sys.argv[1]
for n in (25000, 100000):
    text = " ".join(f"see https://example{i}.org/p/{i}?doi=10.1000/{i} arXiv:1501.{i % 99999:05d} www.site{i}.com"
                    for i in range(n))
    open(f"{d}/urls{n}.jsonl", "w").write(json.dumps({"id": "x", "abstract": text}) + "\n")
for n in (50000, 200000):
    with open(f"{d}/keys{n}.jsonl", "w") as out:
        for r in range(20):
            rec = {"id": f"y{r}", "title": "t", "abstract": "see 10.1000/abc"}
            rec.update((f"k{i}", f"value {i}") for i in range(n))
            out.write(json.dumps(rec) + "\n")
PY
  : >"$T/empty.jsonl"
  cpu() {  # cpu INPUT STAGE...: best user+system seconds of 3 runs
    local input=$1 best="" t
    shift
    for _ in 1 2 3; do
      t=$({ /usr/bin/time -f '%U %S' "$REAM" -i "$input" "$@" >/dev/null; } 2>&1 | tail -1 | awk '{print $1 + $2}')
      if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    done
    echo "$best"
  }
  status=0
  small=$(cpu "$T/urls25000.jsonl" cite)
  large=$(cpu "$T/urls100000.jsonl" cite)
  awk -v s="$small" -v l="$large" 'BEGIN {
    r = l / (s > 0.01 ? s : 0.01);
    printf "cite linear, URLs in one abstract 25,000 -> 100,000: %.2f s -> %.2f s cpu, ratio %.1f (limit 5)\n", s, l, r;
    exit r > 5 }' || status=1
  # Streaming (--index) keeps one record in memory at a time.
  small=$(cpu "$T/keys50000.jsonl" cite --index "$T/empty.jsonl")
  large=$(cpu "$T/keys200000.jsonl" cite --index "$T/empty.jsonl")
  cat_small=$(cpu "$T/keys50000.jsonl" cat)
  cat_large=$(cpu "$T/keys200000.jsonl" cat)
  awk -v s="$small" -v l="$large" -v cs="$cat_small" -v cl="$cat_large" 'BEGIN {
    r = (l / cl) / (s / (cs > 0.01 ? cs : 0.01));
    printf "cite linear, keys per record 50,000 -> 200,000: cite %.2f -> %.2f s, cat %.2f -> %.2f s cpu; cite/cat grows %.2fx (limit 1.5)\n", s, l, cs, cl, r;
    exit r > 1.5 }' || status=1
  exit $status
fi
if [ "${1:-}" == "--smoke" ]; then set -- "" 2000; fi
[ -n "${1:-}" ] && SHARED=$1
source "$(dirname "$0")/common.sh"
N=${2:-20000}
CORPUS=$(corpus "$N" --seed 7 --no-gold)

INPUT=$(stat -c %s "$CORPUS")
# The bytes cite scans by default: the text fields (title, abstract,
# references, notes; see ream-cite(1)).
BYTES=$(python3 - "$CORPUS" <<'PY'
import json, sys
text = {'title', 'abstract', 'references', 'notes'}
n = 0
for line in open(sys.argv[1], encoding='utf-8'):
    for k, v in json.loads(line).items():
        if k not in text: continue
        for s in (v if isinstance(v, list) else [v]):
            if isinstance(s, str): n += len(s.encode('utf-8'))
print(n)
PY
)

# The figure of issue 18: JSON Lines input per CPU second of the whole
# `ream cite` process (reading, parsing twice through the spool, writing),
# and its peak resident memory.  Best of 3 for 200k records and under,
# one run above (a million records take a minute of CPU).
# One worker (-j 1, or JOBS): the figure is per CPU second, and a second
# worker only adds its waiting to the CPU time.
RUNS=3
[ "$N" -gt 200000 ] && RUNS=1
JOBS=${JOBS:-1}
for mode in fuzzy exact off; do
  best="" rss=""
  for _ in $(seq "$RUNS"); do
    timed "$REAM" -j "$JOBS" -i "$CORPUS" cite --titles "$mode"
    if [ -z "$best" ] || awk "BEGIN{exit !($CPU_S < $best)}"; then best=$CPU_S rss=$RSS_MB; fi
  done
  awk -v i="$INPUT" -v b="$BYTES" -v c="$best" -v r="$rss" -v m="$mode" -v n="$N" 'BEGIN {
    printf "cite --titles %-5s %d records, %.1f MB input (%.1f MB text): %.2f s cpu -> %.1f MB/s of input per cpu second, peak %.0f MB\n",
      m, n, i / 1e6, b / 1e6, c, i / 1e6 / c, r }'
done
# Workers (issue 22): wall time of the default mode with -j 1 and with
# every core, best of RUNS each, and whether the output is the same.
cores=$(nproc)
TIMED_OUT=$WORK/cite-j1.jsonl timed "$REAM" -j 1 -i "$CORPUS" cite
w1=$WALL_S
for _ in $(seq 2 "$RUNS"); do
  timed "$REAM" -j 1 -i "$CORPUS" cite
  awk "BEGIN{exit !($WALL_S < $w1)}" && w1=$WALL_S
done
TIMED_OUT=$WORK/cite-jn.jsonl timed "$REAM" -j "$cores" -i "$CORPUS" cite
wn=$WALL_S
for _ in $(seq 2 "$RUNS"); do
  timed "$REAM" -j "$cores" -i "$CORPUS" cite
  awk "BEGIN{exit !($WALL_S < $wn)}" && wn=$WALL_S
done
same=$(cmp -s "$WORK/cite-j1.jsonl" "$WORK/cite-jn.jsonl" && echo identical || echo DIFFERENT)
rm -f "$WORK/cite-j1.jsonl" "$WORK/cite-jn.jsonl"
awk -v a="$w1" -v b="$wn" -v j="$cores" -v s="$same" 'BEGIN {
  printf "cite wall time: -j 1 %.2f s, -j %d %.2f s, speed-up %.2fx; output %s\n", a, j, b, (b > 0 ? a / b : 0), s }'
