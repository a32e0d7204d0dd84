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
#   bench/bench_distributed.sh [SHARED_DIR | --smoke]    (--smoke: 5,000 records)
#   N=1000000 PARTS="1 2 4" ENGINES="local slurm dask" bench/bench_distributed.sh
n=${N:-1000000}
if [ "${1:-}" == "--smoke" ]; then n=5000; shift; fi
[ -n "${1:-}" ] && SHARED=$1
source "$(dirname "$0")/common.sh"
PARTS=${PARTS:-1 2 4}
ENGINES=${ENGINES:-local slurm dask}
FILES=${FILES:-8}
DISTRIBUTE=$ROOT/share/ream/distributed/ream-distribute
run_dir=$(mktemp -d "$WORK/distributed.XXXXXX")
cleanup() {
  declare -F slurm_cluster_stop > /dev/null && slurm_cluster_stop
  declare -F dask_cluster_stop > /dev/null && dask_cluster_stop
  rm -rf "$run_dir"
}
trap cleanup EXIT
cd "$run_dir"

# The corpus, cut into FILES files of whole lines (import's unit of work).
split -n "l/$FILES" -d -a 2 --additional-suffix=.jsonl "$(corpus "$n" --no-gold)" in-
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
  prev=$out
done
row one - total 1 - "$total_cpu" - -
one_cpu=$total_cpu

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
  for parts in $PARTS; do
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
    map_bytes=$(cat "$work"/02-dedupe/map-*.[bnrt] | wc -c)
    r_lines=$(cat "$work"/02-dedupe/map-*.r | wc -l)
    echo "$engine $parts parts: driver process CPU ${driver_cpu}s ($(ratio2 "$driver_cpu" "$one_cpu")x; local: every task's, run in it)," \
      "dedupe shuffle (map lines, sorted) $((map_bytes / n)) bytes per record, feature extractions per record $(ratio2 "$r_lines" "$n")"
    same=differs
    cmp -s one-markdown.out "$work/digest.md" && cat "$work"/04-cite/part-*.jsonl | cmp -s one-cite.out - && same=identical
    echo "$engine $parts parts: driver wall ${wall}s, task CPU ${cpu}s = $(ratio2 "$cpu" "$one_cpu")x one process; output $same"
  done
done
