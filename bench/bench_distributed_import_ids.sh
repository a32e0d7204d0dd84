#!/usr/bin/env bash
# import's id claims in a distributed run (ream-distribute, issue 23), one
# task at a time under time(1), on a generated corpus cut into 8 files: the
# map (import, then the part's claims sorted by base and place), the claims
# pass alone, and the one-node import-ids round in both its forms (the bash
# script that slurm and plan run, the Python step of the local and Dask
# engines).  Prints each one's peak MB (its largest process) and CPU s.
# With BASE_DISTRIBUTE (another tree's ream-distribute, e.g. main's), that
# tree's ids round runs on the same parts too (its map is the same import)
# and the renames of every form are compared byte for byte.  Last, the
# round's worst case: synthetic claims where all N records have one id (one
# base group of N), on the same number of parts.  A benchmark only: it never
# fails on timing.  Scratch: the split corpus and the parts (about twice the
# corpus) in a directory of its own under SCRATCH (default $TMPDIR, else
# /tmp), removed on exit.
#   N=200000 PARTS=4 [BASE_DISTRIBUTE=/path/ream-distribute] bench/bench_distributed_import_ids.sh [SHARED_DIR]
n=${N:-200000}
parts=${PARTS:-4}
# shellcheck disable=SC2034  # read by common.sh
[ -n "${1:-}" ] && SHARED=$1
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"
DISTRIBUTE=$ROOT/share/ream/distributed/ream-distribute
corpus_file=$(corpus "$n" --no-gold)
run_dir=$(mktemp -d "${SCRATCH:-${TMPDIR:-/tmp}}/bench-import-ids.XXXXXX")
trap 'rm -rf "$run_dir"' EXIT
cd "$run_dir" || exit 1
split -n l/8 -d -a 2 --additional-suffix=.jsonl "$corpus_file" in-

# measure NAME CMD...: one run of CMD under time(1); adds its CPU to the
# sums of NAME and keeps NAME's largest peak.
declare -A CPU PEAK
measure() {
  local name=$1 kb user sys
  shift
  /usr/bin/time -f '%M %U %S' -o time.out "$@" 2>> tasks.err
  read -r kb user sys < time.out
  CPU[$name]=$(awk -v a="${CPU[$name]:-0}" -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", a + u + s }')
  PEAK[$name]=$(awk -v a="${PEAK[$name]:-0}" -v k="$kb" 'BEGIN { m = k / 1024; printf "%.1f", (m > a ? m : a) }')
}
report() { printf '%-44s %10s %10s\n' "$1" "${PEAK[$1]}" "${CPU[$1]}"; }

# node_script PLAN NAME: the one-node round NAME of a plan (plan's text) as
# a script of its own, with the plan's variables.
node_script() {
  sed -n '1,/^set -euo/p;/^ream=/p;/^work=/p;/^sort_memory=/p' "$1" | grep -v '^#'
  sed -n "/^# $2: one task/,/^)/p" "$1" | sed 1d
}

# ids_round FORM DRIVER: the ids round of DRIVER's plan, in FORM (bash or
# python), on the parts in work/; its renames kept in FORM-DRIVER's copy.
ids_round() {
  local form=$1 driver=$2 label=$3 argv=()
  python3 "$driver" plan --json --ream "$REAM" --parts "$parts" --work "$PWD/work" import in-*.jsonl > plan.json
  python3 "$driver" plan --ream "$REAM" --parts "$parts" --work "$PWD/work" import in-*.jsonl > plan.sh
  if [ "$form" = bash ]; then
    node_script plan.sh "$(jq -r '.[1].name' plan.json)" > node.sh
    measure "import-ids, $label, bash" bash node.sh
  else
    eval "argv=($(jq -r '.[1].argv | @sh' plan.json))"
    measure "import-ids, $label, Python step" "${argv[@]}"
  fi
  mkdir -p "renames-$label-$form"
  cp work/01-import/renames-* "renames-$label-$form/"
}

python3 "$DISTRIBUTE" plan --json --ream "$REAM" --parts "$parts" --work "$PWD/work" import in-*.jsonl > plan.json
map=() claims=()
eval "map=($(jq -r '.[0].argv | @sh' plan.json))"
eval "claims=($(python3 - "$DISTRIBUTE" << 'PY'
import importlib.machinery, importlib.util, shlex, sys
loader = importlib.machinery.SourceFileLoader("distribute", sys.argv[1])
module = importlib.util.module_from_spec(importlib.util.spec_from_loader("distribute", loader))
loader.exec_module(module)
print(shlex.join([module.IMPORT_CLAIMS_AWK]))
PY
))"
export ream=$REAM record=$PWD/claims.record
for ((k = 0; k < parts; k++)); do
  measure "import-map (import, then the claims)" "${map[@]/#\{k\}/$k}"
  p=$(printf %05d "$k")
  # shellcheck disable=SC2016  # the inner script's words, expanded by its bash
  measure "the claims alone (awk | sort)" bash -c 'LC_ALL=C awk -v part="$1" -v record="$record" "$2" "$3" |
    LC_ALL=C sort -S 256M -T . -t "$(printf "\t")" -k1,1 -k2,2 -k3,3n -o claims.check' - \
    "$p" "${claims[0]}" "work/01-import/local-part-$p.jsonl"
  cmp -s claims.check "work/01-import/claims-$p.tsv" || echo "the claims of part $k differ when made again"
done
rm -f claims.check
drivers=(this "$DISTRIBUTE")
[ -n "${BASE_DISTRIBUTE:-}" ] && drivers+=(base "$BASE_DISTRIBUTE")
for ((i = 0; i < ${#drivers[@]}; i += 2)); do
  ids_round bash "${drivers[i + 1]}" "${drivers[i]}"
  ids_round python "${drivers[i + 1]}" "${drivers[i]}"
done
echo "records: $n, parts: $parts, renamed: $(cat renames-this-bash/*.tsv | wc -l)"
printf '%-44s %10s %10s\n' round "peak MB" "CPU s"
for name in "import-map (import, then the claims)" "the claims alone (awk | sort)"; do report "$name"; done
for ((i = 0; i < ${#drivers[@]}; i += 2)); do
  report "import-ids, ${drivers[i]}, bash"
  report "import-ids, ${drivers[i]}, Python step"
done
same=yes
for dir in renames-*; do diff -r renames-this-bash "$dir" > /dev/null || same=no; done
echo "renames identical in every form: $same"

# The worst case of the round: one id on all N records (one base group).
rm -rf work/01-import/*
python3 - "$n" "$parts" << 'PY'
import sys
n, parts = int(sys.argv[1]), int(sys.argv[2])
for k in range(parts):
    with open(f"work/01-import/claims-{k:05d}.tsv", "w") as out:
        for line in range(1, -(-n // parts) + 1):
            local = "doi:10.1/x" if line == 1 else f"doi:10.1/x~{line}"
            out.write(f"doi:10.1/x\t{k:05d}\t{line}\t{line * 200}\t{local}\tdoi:10.1/x\n")
PY
ids_round bash "$DISTRIBUTE" giant
ids_round python "$DISTRIBUTE" giant
report "import-ids, giant, bash"
report "import-ids, giant, Python step"
