#!/usr/bin/env bash
# The rounds on one node (the shuffle, the components, import's id claims,
# the sums, the digest) in their two forms, on one generated corpus: the
# Python steps the local and Dask engines run in their process (the local
# engine's --stats: the step's thread and its commands), and the bash
# scripts the slurm engine writes (the plain sbatch scripts, run here by
# bash one after another in submit order, each one-node script under
# time(1): bash and every command it starts).  Prints CPU seconds and peak
# MB per round for each form, and whether the digests are identical.  No
# Slurm is needed: an array round's tasks run one after another.
# Scratch: the split corpus and two runs (about 12 times the corpus) in a
# directory of its own under SCRATCH (default $TMPDIR, else /tmp), removed
# on exit.  A benchmark only: it never fails on timing.
#   N=100000 PARTS=4 bench/bench_distributed_rounds.sh [SHARED_DIR]
n=${N:-100000}
parts=${PARTS:-4}
# shellcheck disable=SC2034  # read by common.sh
[ -n "${1:-}" ] && SHARED=$1
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"
DISTRIBUTE=$ROOT/share/ream/distributed/ream-distribute
corpus_file=$(corpus "$n" --no-gold)
run_dir=$(mktemp -d "${SCRATCH:-${TMPDIR:-/tmp}}/bench-rounds.XXXXXX")
trap 'rm -rf "$run_dir"' EXIT
cd "$run_dir" || exit 1
split -n l/8 -d -a 2 --additional-suffix=.jsonl "$corpus_file" in-
pipeline=(import in-*.jsonl "then" dedupe "then" keywords "then" cite "then" markdown)
python3 "$DISTRIBUTE" local --stats "$PWD/local.stats" --ream "$REAM" --parts "$parts" --work local \
  -o local/digest.md "${pipeline[@]}" 2> /dev/null
python3 "$DISTRIBUTE" slurm --ream "$REAM" --parts "$parts" --work slurm -o slurm/digest.md "${pipeline[@]}" > /dev/null
for job in $(grep -o '[^ ]*\.sbatch' slurm/slurm/submit.sh); do
  script=slurm/slurm/$job
  last=$(sed -n 's/^#SBATCH --array=0-//p' "$script")
  if [ -n "$last" ]; then
    for k in $(seq 0 "$last"); do SLURM_ARRAY_TASK_ID=$k bash "$script" 2> /dev/null; done
  else
    /usr/bin/time -f "${job%.sbatch} %U %S %M" -a -o bash.times bash "$script" 2> /dev/null
  fi
done
echo "records: $n, parts: $parts"
printf '%-24s %12s %12s\n' round "python cpu s" "bash cpu s"
python3 - local.stats bash.times << 'PY'
import json, re, sys
python = {}
for line in open(sys.argv[1]):
    task = json.loads(line)
    python[task["step"]] = python.get(task["step"], 0) + task["cpu_s"]
for line in open(sys.argv[2]):
    job, user, system, rss_kb = line.split()
    step = re.sub(r"^\d\d-(import|dedupe|keywords|cite)-", r"\1-", job)
    step = re.sub(r"^\d\d-", "", step)
    print(f"{step:<24} {python.get(step, 0):12.2f} {float(user) + float(system):12.2f}   (bash peak {int(rss_kb) / 1024:.1f} MB)")
PY
cmp -s local/digest.md slurm/digest.md && echo "digests identical" || echo "digests DIFFER"
