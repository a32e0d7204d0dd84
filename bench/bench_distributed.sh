#!/usr/bin/env bash
# One process against ream-distribute's drivers on a generated corpus
# (gen_corpus.py, no gold), cut into files so import has parts to share:
# `import FILES then dedupe then keywords then cite then markdown` run by one ream
# process, stage by stage, and by each driver at 1, 2 and 4 parts.  Per
# step of a distributed run: tasks, the longest task's wall time, the CPU
# time of all its tasks, the largest peak memory of one task's ream
# process (or, for a step that runs none, of the step itself), and the
# bytes it wrote to the shared storage (what the next round reads: the
# shuffle).  Then the totals: the tasks' CPU, the driver's own (it runs the
# local engine's tasks in its process: its figure is the whole run's), the
# bytes the dedupe map writes per record (the shuffled lines) and feature
# extractions per record (extract_features runs only in the map, once per
# r-line).  Also whether the output equals one process's, byte for byte.
# The drivers' clusters are the tests' own (a single-node Slurm, a loopback
# Dask with two workers), started here when their packages are installed
# and this is root; the 'local' engine runs the rounds one after another.
# A benchmark only: it never fails on timing.
# Scratch: the split corpus, one process's outputs (two at a time; the
# compared ones kept as digests) and one distributed run at a time (its
# directory removed once its figures are taken), under SCRATCH (default
# $TMPDIR, else /tmp), in a directory of its own that is removed on any
# exit.  What it will need is said before anything is written, and a run
# that would not fit in the free space is refused: about 13 times the
# corpus (every stage's files of a run stay: 9.5 times, measured at 100k),
# or with CLEAN=1 (ream-distribute --clean: two stages at a time; the
# map's sorted files are then gone, so the shuffle is given as the bytes
# the map step wrote) about 8 times.  The largest it reached is printed at
# the end (sampled every 2 s).
#   bench/bench_distributed.sh [--smoke] [SHARED_DIR]    (--smoke: 5,000 records)
#   N=1000000 PARTS="1 2 4" ENGINES="local slurm dask" SCRATCH=/big/dir [CLEAN=1] bench/bench_distributed.sh
# CITE_SHARDS=N passes --cite-shards N (default: as few shards as fit --cite-memory; 1: one cite index round).
#   (PARTS_LOCAL, PARTS_SLURM, PARTS_DASK: an engine's own part counts)
n=${N:-1000000}
if [ "${1:-}" == "--smoke" ]; then n=5000; shift; fi
[ -n "${1:-}" ] && SHARED=$1
source "$(dirname "$0")/common.sh"
PARTS=${PARTS:-1 2 4}
ENGINES=${ENGINES:-local slurm dask}
FILES=${FILES:-8}
SCRATCH=${SCRATCH:-${TMPDIR:-/tmp}}
DISTRIBUTE=$ROOT/share/ream/distributed/ream-distribute
corpus_file=$(corpus "$n" --no-gold)
corpus_bytes=$(stat -L -c %s "$corpus_file")
need=$(awk -v c="$corpus_bytes" -v f="${CLEAN:+8}" 'BEGIN{printf "%.0f", (f ? f : 13) * c}')
mkdir -p "$SCRATCH"
free=$(($(df -P -B1 "$SCRATCH" | awk 'NR == 2 {print $4}')))
gb() { awk -v b="$1" 'BEGIN{printf "%.1f GB", b / 1e9}'; }
echo "scratch: about $(gb "$need") under $SCRATCH ($(gb "$free") free), removed on exit"
if [ "$need" -gt "$free" ]; then
  echo "bench: not enough free space under $SCRATCH for $n records: set SCRATCH to a larger directory" >&2
  exit 2
fi
run_dir=$(mktemp -d "$SCRATCH/bench-distributed.XXXXXX")
sampler=
cleanup() {
  set +e  # every step, whatever the one before it returned
  [ -n "$sampler" ] && kill "$sampler" 2> /dev/null
  declare -F slurm_cluster_stop > /dev/null && slurm_cluster_stop
  declare -F dask_cluster_stop > /dev/null && dask_cluster_stop
  rm -rf "$run_dir" "$run_dir.peak"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
# The scratch directory's largest size, sampled (du of a few hundred files).
(
  peak=0
  while sleep 2; do
    size=$(du -sb "$run_dir" 2> /dev/null | cut -f1) || break
    [ "${size:-0}" -gt "$peak" ] && peak=$size && echo "$peak" > "$run_dir.peak"
  done
) &
sampler=$!
cd "$run_dir"

# The corpus, cut into FILES files of whole lines (import's unit of work).
split -n "l/$FILES" -d -a 2 --additional-suffix=.jsonl "$corpus_file" in-
inputs=(in-*.jsonl)
STAGES=(dedupe keywords cite markdown)

echo "records: $n in ${#inputs[@]} files; $(nproc) cores; engines: $ENGINES; parts: $PARTS"
printf '\n%-8s %-6s %-16s %5s %9s %9s %9s %12s\n' engine parts step tasks "wall s" "cpu s" "rss MB" "bytes out"

# One process, stage by stage on the previous stage's output.
total_cpu=0
ratio2() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2f", a / b; else print "inf" }'; }
row() {  # engine parts step tasks wall cpu rss bytes
  printf '%-8s %-6s %-16s %5s %9s %9s %9s %12s\n' "$@"
}
TIMED_OUT=one-import.jsonl timed "$REAM" -q import "${inputs[@]}"
row one - import 1 "$WALL_S" "$CPU_S" "$RSS_MB" "$(stat -c %s one-import.jsonl)"
total_cpu=$(awk -v a="$total_cpu" -v b="$CPU_S" 'BEGIN{print a + b}')
prev=one-import.jsonl
for stage in "${STAGES[@]}"; do
  out=one-$stage.out
  TIMED_OUT=$out timed "$REAM" -q -i "$prev" "$stage"
  row one - "$stage" 1 "$WALL_S" "$CPU_S" "$RSS_MB" "$(stat -c %s "$out")"
  total_cpu=$(awk -v a="$total_cpu" -v b="$CPU_S" 'BEGIN{print a + b}')
  [ "$prev" = one-cite.out ] || rm -f "$prev"  # read; the cite output is compared
  prev=$out
done
row one - total 1 - "$total_cpu" - -
one_cpu=$total_cpu
# What the runs are compared with, kept as digests (not 2.2 times the corpus).
one_markdown=$(sha256sum < one-markdown.out)
one_cite=$(sha256sum < one-cite.out)
rm -f one-markdown.out one-cite.out

# The clusters, where they can run.
start_engine() {
  case $1 in
    local) return 0 ;;
    slurm | dask)
      local pkgs=(slurm-wlm munge)
      [ "$1" = dask ] && pkgs=(python3-distributed)
      for pkg in "${pkgs[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2> /dev/null | grep -q "install ok installed" ||
          { echo "$1: $pkg not installed, not measured"; return 1; }
      done
      [ "$(id -u)" -eq 0 ] || { echo "$1: the test cluster needs root, not measured"; return 1; }
      # shellcheck source=/dev/null
      source "$ROOT/tests/distributed/${1}_cluster.sh"
      "${1}_cluster_start" "$run_dir/$1-cluster" > /dev/null
      ;;
    *) echo "unknown engine $1" >&2; return 1 ;;
  esac
}
distribute() {  # engine parts work stats
  local engine=$1 parts=$2 work=$3 stats=$4
  local common=(--ream "$REAM" --parts "$parts" --work "$work" --stats "$stats" -o "$work/digest.md"
    ${CLEAN:+--clean} ${CITE_SHARDS:+--cite-shards "$CITE_SHARDS"}
    import "${inputs[@]}" then dedupe then keywords then cite then markdown)
  local driver=(/usr/bin/time -f '%U %S' -o "$work.driver")
  case $engine in
    local) "${driver[@]}" python3 "$DISTRIBUTE" local "${common[@]}" ;;
    slurm) "${driver[@]}" python3 "$DISTRIBUTE" slurm --wait "${common[@]}" > /dev/null ;;
    dask) "${driver[@]}" "$DASK_PYTHON" "$DISTRIBUTE" dask --scheduler "$DASK_SCHEDULER" "${common[@]}" ;;
  esac
}

for engine in $ENGINES; do
  start_engine "$engine" || continue
  engine_parts=PARTS_${engine^^}  # PARTS_DASK="2": other part counts for one engine
  for parts in ${!engine_parts:-$PARTS}; do
    work=$run_dir/$engine-$parts
    stats=$work.stats.jsonl
    start=$(date +%s.%N)
    if ! distribute "$engine" "$parts" "$work" "$stats" 2> "$work.err"; then
      echo "$engine $parts parts: failed: $(tail -3 "$work.err")"
      continue
    fi
    wall=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.2f", e - s}')
    # Per step (the step's name and the stage directory it writes).
    python3 - "$stats" "$engine" "$parts" << 'PY'
import json, sys
steps = {}
for line in open(sys.argv[1]):
    t = json.loads(line)
    key = t["step"]
    s = steps.setdefault(key, {"tasks": 0, "wall": 0.0, "cpu": 0.0, "rss": 0.0, "bytes": 0})
    s["tasks"] += 1
    s["wall"] = max(s["wall"], t["wall_s"])
    s["cpu"] += t["cpu_s"]
    s["rss"] = max(s["rss"], t["peak_rss_mb"] if t["peak_rss_mb"] > 0 else t["step_rss_mb"])
    s["bytes"] += t["bytes_written"]
for key, s in steps.items():
    print(f"{sys.argv[2]:<8} {sys.argv[3]:<6} {key:<16} {s['tasks']:5d} {s['wall']:9.2f} {s['cpu']:9.2f} {s['rss']:9.1f} {s['bytes']:12d}")
cpu = sum(s["cpu"] for s in steps.values())
print(f"{sys.argv[2]:<8} {sys.argv[3]:<6} {'total':<16} {sum(s['tasks'] for s in steps.values()):5d} {'-':>9} {cpu:9.2f} {max(s['rss'] for s in steps.values()):9.1f} {sum(s['bytes'] for s in steps.values()):12d}")
PY
    cpu=$(python3 -c 'import json,sys; print(round(sum(json.loads(l)["cpu_s"] for l in open(sys.argv[1])), 2))' "$stats")
    driver_cpu=$(awk '{printf "%.2f", $1 + $2}' "$work.driver")
    map_written=$(python3 -c 'import json,sys; print(sum(json.loads(l)["bytes_written"] for l in open(sys.argv[1]) if json.loads(l)["step"] == "dedupe-map"))' "$stats")
    runs_in=" (the client only)"
    [ "$engine" = local ] && runs_in=" ($(ratio2 "$driver_cpu" "$one_cpu")x: every task ran in it)"
    echo "$engine $parts parts: driver process CPU ${driver_cpu}s$runs_in, dedupe map wrote $((map_written / n)) bytes per record"
    if [ -d "$work/02-dedupe" ]; then  # not with CLEAN=1, which removes it after keywords
      map_bytes=$(stat -c %s "$work"/02-dedupe/map-*.[bnrt] | awk '{s += $1} END {print s}')
      r_lines=$(cat "$work"/02-dedupe/map-*.r | wc -l)
      echo "$engine $parts parts: dedupe shuffle (map lines, sorted) $((map_bytes / n)) bytes per record," \
        "feature extractions per record $(ratio2 "$r_lines" "$n")"
    fi
    same=differs
    [ "$(sha256sum < "$work/digest.md")" = "$one_markdown" ] &&
      [ "$(cat "$work"/04-cite/part-*.jsonl | sha256sum)" = "$one_cite" ] && same=identical
    echo "$engine $parts parts: driver wall ${wall}s, task CPU ${cpu}s = $(ratio2 "$cpu" "$one_cpu")x one process; output $same"
    rm -rf "$work"
  done
done
[ -s "$run_dir.peak" ] && echo "scratch: at most $(gb "$(cat "$run_dir.peak")") (sampled every 2 s)"
rm -f "$run_dir.peak"
