#!/usr/bin/env bash
# A distributed dedupe on one machine: every step of DISTRIBUTED in
# ream-dedupe(1), with the shuffles done by GNU sort on files, as a Slurm
# driver does them on shared storage.  It is the reference the tests
# compare with the single process, and a recipe to read.
#
#   dedupe_distributed_local.sh PARTS WORKDIR FILE... -- [DEDUPE OPTIONS]
#
# Each FILE is cut into PARTS byte ranges at arbitrary offsets (not at
# line ends: the host finds them); every reduce input is cut into PARTS
# pieces too (the block reduce anywhere, with 64 lines of context; the
# others between keys).  Records go to standard output; --report FILE and
# --dropped FILE among the options are written as one process writes them;
# --state FILE is read first and updated last, as one process does.
# Step statistics (bytes shuffled, peak memory per task) go to
# WORKDIR/steps.tsv.  REAM: the ream binary (default: ream on PATH).
# PIECES: how many pieces each reduce input is cut into (default PARTS).
set -euo pipefail
REAM=${REAM:-ream}
export LC_ALL=C
parts=$1 work=$2
shift 2
pieces=${PIECES:-$parts}
files=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do files+=("$1"); shift; done
[ $# -gt 0 ] && shift
opts=() report="" dropped="" model="" save_model="" state=""
while [ $# -gt 0 ]; do
  case "$1" in
    --report) report=$2; shift 2 ;;
    --report=*) report=${1#*=}; shift ;;
    --dropped) dropped=$2; shift 2 ;;
    --dropped=*) dropped=${1#*=}; shift ;;
    --model) model=$2; opts+=("$1" "$2"); shift 2 ;;
    --model=*) model=${1#*=}; opts+=("$1"); shift ;;
    --save-model) save_model=$2; shift 2 ;;
    --save-model=*) save_model=${1#*=}; shift ;;
    --state) state=$2; opts+=("$1" "$2"); shift 2 ;;
    --state=*) state=${1#*=}; opts+=("$1"); shift ;;
    *) opts+=("$1"); shift ;;
  esac
done
# The steps before apply only need to know that a report is wanted.
step_opts=("${opts[@]}")
[ -n "$report" ] && step_opts+=(--report "$work/unused.report")
[ -n "$save_model" ] && step_opts+=(--save-model "$work/unused.model")
mkdir -p "$work"
rm -f "$work"/*.part "$work"/*.piece* "$work"/model.json

# run STEP-NAME INPUT OUTPUT ream-args...: one task, with the bytes it
# read (READ_BYTES, else INPUT's size) and wrote, its peak memory (KB) and
# CPU seconds recorded in steps.tsv.
printf 'step\tread\twritten\tpeak_kb\tcpu_s\n' > "$work/steps.tsv"
run() {
  local name=$1 input=$2 output=$3
  shift 3
  /usr/bin/time -f "%M %U %S" -o "$work/time.tmp" "$REAM" "$@" < "$input" > "$output"
  read -r kb user sys < "$work/time.tmp"
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "${READ_BYTES:-$(stat -c %s "$input")}" "$(stat -c %s "$output")" "$kb" \
    "$(echo "$user + $sys" | bc)" >> "$work/steps.tsv"
}
# shuffled NAME FILE: a sort's output, the bytes an engine would move.
shuffled() { printf 'shuffle-%s\t%s\t%s\t0\t0\n' "$1" "$(stat -c %s "$2")" "$(stat -c %s "$2")" >> "$work/steps.tsv"; }

# The line number of the first line starting at byte A or later: 1 at 0,
# else 2 + the line ends before byte A-1.
first_line() {
  if [ "$2" == 0 ]; then echo 1; else echo $(($(head -c $(($2 - 1)) "$1" | tr -dc '\n' | wc -c) + 2)); fi
}

# split_between FILE PIECES WIDTH PREFIX: PIECES files of about equal line
# counts, each cut moved forward until the first WIDTH characters (the
# key a reducer groups by) change, so that no group is split.
split_between() {
  awk -v pieces="$2" -v width="$3" -v prefix="$4" -v total="$(wc -l < "$1")" '
    BEGIN { piece = 0; out = sprintf("%s.%03d.piece", prefix, piece) }
    {
      key = substr($0, 1, width)
      if (piece < pieces - 1 && NR > (piece + 1) * total / pieces && key != last) {
        piece++; out = sprintf("%s.%03d.piece", prefix, piece)
      }
      print > out; last = key
    }
    END { for (p = 0; p < pieces; p++) { f = sprintf("%s.%03d.piece", prefix, p); printf "" >> f } }' "$1"
}

# (0) With --state: the run begins in the state file, whose papers are the
# part of source 0, mapped as any part (a retried step takes up the run
# that run.txt names).
if [ -n "$state" ]; then
  run state /dev/null "$work/state.jsonl" dedupe --dist state --dist-run "$work/run.txt" "${step_opts[@]}"
  run map "$work/state.jsonl" "$work/map.0.0.part" -i "$work/state.jsonl" dedupe --dist map --dist-source 0 \
    "${step_opts[@]}"
fi

# (a) map, per part of each file.
source_no=0
for file in "${files[@]}"; do
  source_no=$((source_no + 1))
  size=$(stat -c %s "$file")
  for ((p = 0; p < parts; p++)); do
    a=$((size * p / parts)) b=$((size * (p + 1) / parts))
    [ $p == $((parts - 1)) ] && b=$((size + 1))
    echo "$source_no $p $a $b $(first_line "$file" $a)" >> "$work/ranges.part"
    READ_BYTES=$((b > size ? size - a : b - a)) run map "$file" "$work/map.$source_no.$p.part" --byte-range "$a:$b" --first-line "$(first_line "$file" $a)" \
      dedupe --dist map --dist-source "$source_no" "${step_opts[@]}" "$file"
  done
done
# The shuffle: one sort of everything the maps wrote.
cat "$work"/map.*.part | sort -u -S 20% -T "$work" > "$work/sorted.part"
shuffled map "$work/sorted.part"

# (b) pairs, per piece of the block lines, cut anywhere, with 64 lines of
# context before each piece.
grep '^{"k":"b' "$work/sorted.part" > "$work/blocks.part" || true
grep '^{"k":"r' "$work/sorted.part" > "$work/records.part" || true  # every part's features (--dist-records)
lines=$(wc -l < "$work/blocks.part")
for ((q = 0; q < pieces; q++)); do
  s=$((lines * q / pieces)) e=$((lines * (q + 1) / pieces))
  ctx=$((s < 64 ? s : 64))
  piece=$(printf '%s/blocks.%03d.piece' "$work" $q)
  awk -v from=$((s - ctx)) -v to=$e 'NR > from && NR <= to' "$work/blocks.part" > "$piece"
  run pairs "$piece" "$piece.out" dedupe --dist pairs --dist-context "$ctx" --dist-records "$work/records.part" "${step_opts[@]}"
done
cat "$work"/blocks.*.piece.out | sort -u -S 20% -T "$work" > "$work/pairs.part"
shuffled pairs "$work/pairs.part"

# Title frequencies, per piece of the title lines (cut between titles),
# each with every part's record count.
grep '^{"k":"n' "$work/sorted.part" > "$work/counts.part" || true
grep '^{"k":"t' "$work/sorted.part" > "$work/titles.part" || true
split_between "$work/titles.part" "$pieces" 23 "$work/titles"
for piece in "$work"/titles.*.piece; do
  cat "$work/counts.part" "$piece" > "$piece.in"
  run titles "$piece.in" "$piece.out" dedupe --dist titles "${step_opts[@]}"
done

# With --state: records whose fields repeat a remembered paper's, joined to
# it, per piece of the x-lines (cut between prints).
if [ -n "$state" ]; then
  grep '^{"k":"x' "$work/sorted.part" > "$work/copies.part" || true
  split_between "$work/copies.part" "$pieces" 23 "$work/copies"
  for piece in "$work"/copies.*.piece; do
    run copies "$piece" "$piece.out" dedupe --dist copies "${step_opts[@]}"
  done
fi

# (c) the model: EM on one node over the first pairs' levels and a sample
# of the records, unless --model gives it.  (A driver may skip it when no
# option uses weights: no --report or --save-model, and --keep first or
# --match-weights 1.)
model_opts=()
if [ -z "$model" ] || [ -n "$save_model" ]; then
  { grep '^{"k":"l' "$work/pairs.part" | head -n 2000000 || true; grep -E '^\{"k":"[nr]' "$work/sorted.part" || true; } \
    > "$work/em.part"
  run em "$work/em.part" "$work/model.json" dedupe --dist em "${step_opts[@]}"
  [ -z "$model" ] && model_opts=(--dist-model "$work/model.json")
fi

# (d) components, on one node.
grep '^{"k":"e' "$work/pairs.part" > "$work/edges.part" || true
[ -z "$state" ] || cat "$work"/copies.*.piece.out >> "$work/edges.part"
run components "$work/edges.part" "$work/components.part" dedupe --dist components "${step_opts[@]}"

# Tag each record of a component with its label, per piece (between records).
{ grep '^{"k":"r' "$work/components.part" || true; grep '^{"k":"r' "$work/sorted.part" || true;
  cat "$work"/titles.*.piece.out; } | sort -S 20% -T "$work" > "$work/join.part"
shuffled tag "$work/join.part"
split_between "$work/join.part" "$pieces" 23 "$work/join"
for piece in "$work"/join.*.piece; do
  run tag "$piece" "$piece.out" dedupe --dist tag "${step_opts[@]}"
done

# (e) clusters, per piece of the component lines (between components).
{ cat "$work"/join.*.piece.out; grep '^{"k":"g' "$work/components.part" || true; } |
  sort -S 20% -T "$work" > "$work/groups.part"
shuffled clusters "$work/groups.part"
split_between "$work/groups.part" "$pieces" 23 "$work/groups"
for piece in "$work"/groups.*.piece; do
  run clusters "$piece" "$piece.out" dedupe --dist clusters "${model_opts[@]}" "${step_opts[@]}"
done
cat "$work"/groups.*.piece.out | sort -S 20% -T "$work" > "$work/decisions.part"
shuffled decisions "$work/decisions.part"

# --keep merge: each part's donor records, keyed by their representative.
merge_opts=()
case " ${opts[*]} " in
  *" --keep merge "* | *" --keep=merge "* | *" -k merge "*)
    while read -r source_no p a b first; do
      file=${files[$((source_no - 1))]}
      size=$(stat -c %s "$file")
      READ_BYTES=$((b > size ? size - a : b - a)) run donors "$file" "$work/donors.$source_no.$p.part" \
        --byte-range "$a:$b" --first-line "$first" dedupe --dist donors --dist-source "$source_no" \
        --dist-decisions "$work/decisions.part" "${step_opts[@]}" "$file"
    done < "$work/ranges.part"
    cat "$work"/donors.*.part | sort -S 20% -T "$work" > "$work/donors.sorted.part"
    shuffled donors "$work/donors.sorted.part"
    merge_opts=(--dist-donors "$work/donors.sorted.part")
    ;;
esac

# (f) apply, per part, in order; then the parts' files joined.
outputs=() reports=() droppeds=() remembers=()
while read -r source_no p a b first; do
  file=${files[$((source_no - 1))]}
  side=()
  [ -n "$report" ] && side+=(--report "$work/report.$source_no.$p.part") && reports+=("$work/report.$source_no.$p.part")
  [ -n "$dropped" ] && side+=(--dropped "$work/dropped.$source_no.$p.part") && droppeds+=("$work/dropped.$source_no.$p.part")
  [ -n "$state" ] && side+=(--dist-remember "$work/remember.$source_no.$p.part") &&
    remembers+=("$work/remember.$source_no.$p.part")
  size=$(stat -c %s "$file")
  READ_BYTES=$((b > size ? size - a : b - a)) run apply "$file" "$work/out.$source_no.$p.part" --byte-range "$a:$b" --first-line "$first" \
    dedupe --dist apply --dist-source "$source_no" --dist-decisions "$work/decisions.part" "${merge_opts[@]}" \
    "${opts[@]}" "${side[@]}" \
    "$file"
  outputs+=("$work/out.$source_no.$p.part")
done < "$work/ranges.part"
cat "${outputs[@]}"
# The report lines of clusters a remembered paper opens come first, as one
# process writes them: they are on the first d-lines (source 0).
[ -n "$report" ] && { [ -z "$state" ] || grep '^{"k":"d000' "$work/decisions.part" | jq -r 'select(.report) | .report' ||
  true; cat "${reports[@]}"; } > "$report"
[ -n "$dropped" ] && cat "${droppeds[@]}" > "$dropped"
[ -n "$save_model" ] && cp "$work/model.json" "$save_model"
# (g) With --state, once the output is in place: the parts' papers in
# order, written to the state file in one transaction.
if [ -n "$state" ]; then
  cat "${remembers[@]}" > "$work/remember.part"
  run update "$work/remember.part" /dev/null dedupe --dist update --dist-run "$work/run.txt" "${step_opts[@]}"
fi
exit 0
