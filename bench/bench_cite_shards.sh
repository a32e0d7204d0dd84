#!/usr/bin/env bash
# cite's index in shards (ream-distribute --cite-shards): per-step peak RSS
# of a task (the largest process it ran), CPU summed over tasks, and
# whether the output is one process's bytes, for each shard count; and one
# `ream cite` process for scale.  A shard count of 1 is the one index of
# the whole input that every part maps.
#   bench/bench_cite_shards.sh CORPUS.jsonl [PARTS] [SHARDS...]
# A SHARDS of 'auto' runs the default: as few shards as fit --cite-memory
# (2048 MB); 'mMB' as few as fit --cite-memory MB.
# Environment: REAM (build/bin/ream), DISTRIBUTE (this tree's
# ream-distribute), SCRATCH (default $TMPDIR, else /tmp: a directory of its
# own is made under it and removed at the end).
# CPU and RSS, not wall time: the machine is shared (docs/BENCHMARKS.md).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
REAM=${REAM:-$here/build/bin/ream}
DISTRIBUTE=${DISTRIBUTE:-$here/share/ream/distributed/ream-distribute}
corpus=$1 parts=${2:-4}
shift $(($# < 2 ? $# : 2))
shards=("$@")
[ ${#shards[@]} -gt 0 ] || shards=(1 2 4)
# A directory of its own under SCRATCH, never SCRATCH itself: removing a
# directory the user named could remove what else it holds.
mkdir -p "${SCRATCH:=${TMPDIR:-/tmp}}"
SCRATCH=$(mktemp -d "$SCRATCH/bench-cite-shards.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
/usr/bin/time -f "%M %U %S" -o "$SCRATCH/one.time" "$REAM" -q -i "$corpus" cite > "$SCRATCH/one.jsonl"
read -r rss user sys < "$SCRATCH/one.time"
printf '%-8s %-14s %5s %9s %9s\n' shards step tasks cpu_s peak_rss_mb
printf '%-8s %-14s %5d %9.2f %9.1f\n' one cite 1 "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc -l)"
for s in "${shards[@]}"; do
  rm -rf "$SCRATCH/w"
  case $s in
    auto) select=() ;;
    m*) select=(--cite-memory "${s#m}") ;;
    *) select=(--cite-shards "$s") ;;
  esac
  "$DISTRIBUTE" local --ream "$REAM" --parts "$parts" "${select[@]}" --work "$SCRATCH/w" \
    --stats "$SCRATCH/stats-$s.jsonl" -o "$SCRATCH/out.jsonl" -i "$corpus" cite
  same=DIFFERS
  cmp -s "$SCRATCH/one.jsonl" "$SCRATCH/out.jsonl" && same=identical
  python3 - "$SCRATCH/stats-$s.jsonl" "$s" "$same" << 'PY'
import json, sys
steps = {}
for line in open(sys.argv[1]):
    t = json.loads(line)
    s = steps.setdefault(t["step"], {"tasks": 0, "cpu": 0.0, "rss": 0.0})
    s["tasks"] += 1
    s["cpu"] += t["cpu_s"]
    s["rss"] = max(s["rss"], t["peak_rss_mb"] if t["peak_rss_mb"] > 0 else t["step_rss_mb"])
for key, s in steps.items():
    print(f"{sys.argv[2]:<8} {key:<14} {s['tasks']:5d} {s['cpu']:9.2f} {s['rss']:9.1f}")
cpu = sum(s["cpu"] for s in steps.values())
print(f"{sys.argv[2]:<8} {'total':<14} {sum(s['tasks'] for s in steps.values()):5d} {cpu:9.2f} "
      f"{max(s['rss'] for s in steps.values()):9.1f}  output {sys.argv[3]}")
PY
done
