#!/usr/bin/env bash
# Quality of `ream dedupe` on the evaluation sets in ../shared/data/dedupe:
# gold_cluster removed, run with --keep-all, scored by score_dedupe.py.
# usage: bench/eval_dedupe.sh [SHARED_DIR]
# Exits 1 only when a figure falls below its FLOOR (set a little under the
# measured value, see docs/benchmarks/dedupe.md) or a record is lost.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${1:-$ROOT/../shared}
REAM=${REAM:-$ROOT/build/bin/ream}
DATA=$SHARED/data/dedupe
SCORE=$SHARED/tools/score_dedupe.py
[ -d "$DATA" ] || { echo "eval_dedupe: no $DATA, nothing to measure"; exit 0; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/eval_dedupe.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# set (as scored)       figure (jq path)          floor
FLOORS="cora_1295 .f1 0.88
cora_1295@work .f1 0.83
cora_1295+copies@work .f1 0.83
sr_stroke .record_level.precision 0.995
sr_stroke .record_level.f1 0.98
sr_haematology .record_level.precision 0.995
sr_haematology .record_level.f1 0.955
sr_special_cases .f1 1.0
dblp_scholar .precision 0.97
dblp_scholar .f1 0.87
sr_stroke+copies .record_level.precision 0.995
sr_stroke+copies .record_level.f1 0.98
sr_haematology+copies .record_level.precision 0.995
sr_haematology+copies .record_level.f1 0.97
dblp_scholar+copies .precision 0.965
dblp_scholar+copies .f1 0.86"

status=0
# score NAME GOLD [SCORER ARGS]: dedupe GOLD without its gold_cluster field,
# score it, print one summary line and check NAME's floors.
score() {
  local name=$1 gold=$2 bound=null
  shift 2
  # NAME@work: the same set at --level work, bounded by the work-level ceiling.
  local level=publication
  [[ $name == *@work ]] && level=work
  jq -c 'del(.gold_cluster)' "$gold" > "$WORK/$name.in"
  "$REAM" -i "$WORK/$name.in" dedupe --keep-all --level "$level" > "$WORK/$name.out"
  python3 "$SCORE" "$gold" "$WORK/$name.out" "$@" > "$WORK/$name.score" || status=1
  # What any rule obeying the issue's vetoes could reach (bench/dedupe_ceiling.py).
  # At work level the partition bound holds for a clustering that joins
  # every version pair (same title and authors); forced_pairs_apart says
  # how many such pairs this run left apart, and the last bound is the one
  # this run's own version joins allow.  consistent_f1_bound: joining every
  # version and every record of a version's title group (the partition
  # bound may leave a noisy citation out by the gold), otherwise perfect.
  if [[ $level == work ]]; then
    bound=$(python3 "$ROOT/bench/dedupe_ceiling.py" "$gold" "$WORK/$name.out" --level work |
      jq -sc '.[0] + .[1] | {recall_bound, f1_bound, partition_f1_bound, consistent_f1_bound, forced_pairs_apart, partition_f1_bound_as_joined}')
  elif [[ $name != *+copies && $# -eq 0 ]]; then
    bound=$(python3 "$ROOT/bench/dedupe_ceiling.py" "$gold" | jq -c '{recall_bound}')
  fi
  head -1 "$WORK/$name.score" | jq -c --arg set "$name" --argjson bound "$bound" \
    '{set: $set, pairwise: ({p: .precision, r: .recall, f1: .f1} + ($bound // {})),
      record_level: (.record_level // null | if . then {precision, recall, f1} else null end)}'
  local set path floor got
  while read -r set path floor; do
    [ "$set" == "$name" ] || continue
    got=$(head -1 "$WORK/$name.score" | jq "$path")
    if ! python3 -c "import sys; sys.exit(0 if $got >= $floor else 1)"; then
      echo "eval_dedupe: $name $path = $got is below the floor $floor" >&2
      status=1
    fi
  done <<< "$FLOORS"
}

for set in cora_1295 sr_stroke sr_haematology sr_special_cases; do
  score "$set" "$DATA/$set.jsonl"
done
# cora's gold joins some conference and journal versions and keeps others
# apart; --level work joins them all (docs/benchmarks/dedupe.md).
score cora_1295@work "$DATA/cora_1295.jsonl"
# Two databases' listings of one field (DBLP and Google Scholar): scored
# across the two, as such benchmarks are, since neither side's own
# duplicates are labelled.  Evidence stays what the records say; `source`
# is read by the scorer only.
[ -f "$DATA/dblp_scholar.jsonl" ] && score dblp_scholar "$DATA/dblp_scholar.jsonl" --across source

# The same sets with half their records copied as other exports would write
# them (bench/dedupe_perturb.py): a check that the rules generalise beyond
# one set's formatting, since issue 4's bars are also checked on unseen sets.
for set in sr_stroke sr_haematology; do
  python3 "$ROOT/bench/dedupe_perturb.py" "$DATA/$set.jsonl" --seed 1 > "$WORK/$set+copies.gold"
  score "$set+copies" "$WORK/$set+copies.gold"
done
# cora's copies at work level: the version joins on other formatting.  The
# floor fell from 0.88 to 0.82 when version joins became a decision about
# clusters as wholes: the old figure came from noisy copies blocking joins
# that cora's gold keeps apart (docs/benchmarks/dedupe.md).
python3 "$ROOT/bench/dedupe_perturb.py" "$DATA/cora_1295.jsonl" --seed 1 > "$WORK/cora_1295+copies.gold"
score cora_1295+copies@work "$WORK/cora_1295+copies.gold"
if [ -f "$DATA/dblp_scholar.jsonl" ]; then
  python3 "$ROOT/bench/dedupe_perturb.py" "$DATA/dblp_scholar.jsonl" --seed 1 > "$WORK/dblp_scholar+copies.gold"
  score dblp_scholar+copies "$WORK/dblp_scholar+copies.gold" --across source
fi

# The seeds, once `ream import` exists: five files, 384 papers after dedupe.
if "$REAM" plugins 2>/dev/null | grep -q '^ *import'; then
  if "$REAM" import "$SHARED"/seeds/*.txt > "$WORK/seeds.jsonl" 2> "$WORK/seeds.err"; then
    echo "{\"set\":\"seeds\",\"records\":$(wc -l < "$WORK/seeds.jsonl"),\"after_dedupe\":$("$REAM" -i "$WORK/seeds.jsonl" dedupe | wc -l),\"target\":384}"
  else
    echo "eval_dedupe: ream import failed on the seeds: $(head -1 "$WORK/seeds.err")" >&2
  fi
fi
exit $status
