#!/usr/bin/env bash
# Speed-up from the -j workers (issue 22): the same command with -j 1 and
# with more workers, in one run, alternating, several repeats; the outputs
# must be the same bytes (cmp), and the figures are the best wall time of
# each, the CPU time (user + system, so the cost of running in parallel
# shows), the speed-up and the speed-up per added worker,
# (T1 / TN - 1) / (N - 1): 1.0 is perfect scaling, 0 none.
#   bench/bench_parallel.sh [--smoke]
# Environment: BENCH_JOBS (default "2"; e.g. "2 4 8" on a larger machine),
# BENCH_REPEATS (default 3), BENCH_RECORDS (default 100000), BENCH_MB (the
# BibTeX and RIS dumps for import, default 100).  --smoke: 5,000 records,
# 2 MB dumps, one repeat.  Stages that are not built (or not installed
# yet) are skipped, so the script works at every point of issue 22.
# Bars (issue 22, 2-core machine, 100k records): keywords >= 1.7x, the
# full pipeline >= 1.6x, import of a 100 MB dump >= 1.7x.  Never fails on
# timing; fails when outputs differ.
source "$(dirname "$0")/common.sh"
n=${BENCH_RECORDS:-100000}
repeats=${BENCH_REPEATS:-3}
mb=${BENCH_MB:-100}
jobs_list=${BENCH_JOBS:-2}
if [ "${1:-}" == "--smoke" ]; then n=5000 repeats=1 mb=2; fi
input=$(corpus "$n" --no-gold)
echo "corpus: $n records, $(du -m "$input" | cut -f1) MB; cores available: $(nproc); repeats: $repeats"
differ=0

has_stage() { "$REAM" help "$1" > /dev/null 2>&1; }

# measure NAME ARGS...: `ream -j J ARGS` for J = 1 and each of $jobs_list.
measure() {
  local name=$1; shift
  local j r
  declare -A wall cpu
  for r in $(seq "$repeats"); do
    for j in 1 $jobs_list; do
      TIMED_OUT="$WORK/par-out.$j" timed "$REAM" -j "$j" "$@"
      if [ -z "${wall[$j]:-}" ] || awk "BEGIN{exit !($WALL_S < ${wall[$j]})}"; then wall[$j]=$WALL_S; fi
      if [ -z "${cpu[$j]:-}" ] || awk "BEGIN{exit !($CPU_S < ${cpu[$j]})}"; then cpu[$j]=$CPU_S; fi
    done
  done
  printf '%-26s -j 1: %7.2f s wall %7.2f s CPU\n' "$name" "${wall[1]}" "${cpu[1]}"
  for j in $jobs_list; do
    local same="same bytes"
    cmp -s "$WORK/par-out.1" "$WORK/par-out.$j" || { same="OUTPUT DIFFERS"; differ=1; }
    awk -v n="$name" -v j="$j" -v w1="${wall[1]}" -v w="${wall[$j]}" -v c="${cpu[$j]}" -v s="$same" 'BEGIN {
      up = (w > 0) ? w1 / w : 0
      printf "%-26s -j %d: %7.2f s wall %7.2f s CPU  speed-up %.2fx, %.2f per added worker, %s\n",
        "", j, w, c, up, (up - 1) / (j - 1), s }'
  done
}

measure "cat" -i "$input" cat
measure "where" -i "$input" where 'year >= 2020 and title ~ /learning/i'
measure "where then select" -i "$input" where 'year >= 2015' then select id,title,year

if has_stage keywords; then
  measure "keywords" -i "$input" keywords
else
  echo "keywords: not built, skipped"
fi
if has_stage dedupe && has_stage keywords && has_stage cite && has_stage markdown; then
  measure "dedupe..markdown" -i "$input" dedupe then keywords then cite then markdown
else
  echo "dedupe then keywords then cite then markdown: a stage is not built, skipped"
fi

if has_stage import; then
  python3 - "$mb" "$WORK" <<'PY'
import os, random, sys
# BibTeX and RIS dumps of about MB megabytes, made once and cached.
target = int(sys.argv[1]) * 1000 * 1000
work = sys.argv[2]
random.seed(22)
words = ("learning model language large diffusion graph neural training data reasoning agents vision "
         "transformer scaling reward policy robust efficient sparse attention benchmark evaluation").split()
def sentence(lo, hi):
    return " ".join(random.choice(words) for _ in range(random.randint(lo, hi)))
bib, ris = f"{work}/dump-{sys.argv[1]}mb.bib", f"{work}/dump-{sys.argv[1]}mb.ris"
if not os.path.exists(bib):
    with open(bib + ".tmp", "w") as f:
        size, i = 0, 0
        while size < target:
            e = (f"@article{{key{i},\n  author = {{M{{\\\"u}}ller, J{i % 97} and Smith, Ann}},\n"
                 f"  title = {{{sentence(5, 10)}}},\n  journal = {{Journal of {sentence(2, 3)}}},\n"
                 f"  year = {2000 + i % 25},\n  doi = {{10.1000/x{i}}},\n  abstract = {{{sentence(60, 140)}}},\n}}\n\n")
            f.write(e); size += len(e); i += 1
    os.rename(bib + ".tmp", bib)
if not os.path.exists(ris):
    with open(ris + ".tmp", "w") as f:
        size, i = 0, 0
        while size < target:
            r = "\n".join(["TY  - JOUR", "AU  - Smith, John", "AU  - Doe, Jane", f"TI  - {sentence(6, 12)}",
                           f"PY  - {2000 + i % 25}", f"DO  - 10.1000/r{i}", f"AB  - {sentence(60, 140)}",
                           "ER  - ", "", ""])
            f.write(r); size += len(r); i += 1
    os.rename(ris + ".tmp", ris)
PY
  measure "import ${mb} MB BibTeX" import "$WORK/dump-${mb}mb.bib"
  measure "import ${mb} MB RIS" import "$WORK/dump-${mb}mb.ris"
else
  echo "import: not built, skipped"
fi
rm -f "$WORK"/par-out.*
[ "$differ" == 0 ] || { echo "bench_parallel: outputs differ between -j values" >&2; exit 1; }
