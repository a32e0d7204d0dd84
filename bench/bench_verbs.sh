#!/usr/bin/env bash
# The stream verbs against Miller and jq, side by side in one run, on the
# same generated records: each command's CPU time (user + system, best of
# 3; Miller runs on several threads, so wall time would flatter it), the
# ratio to ream, and a check that all three wrote the same records.
#   bench/bench_verbs.sh [N] [--smoke] [--once] [--big]
# N records (default 100,000; the issue's figure is on 1,000,000).  --smoke:
# 10,000 records, one run each.  --once: one run each.  Above 200,000
# records Miller does not sort and jq does not slurp (-s): they hold every
# record (Miller took 1.8 GB for 100,000).  --big: also sort a ~2 GB input with
# --memory 64M, report its peak memory and check its order against the
# N-record sort (the big input is that corpus repeated C times, so a stable
# sort writes each run of equal keys of the small sort C times over).
# Targets (issue 21): ream >= 10x faster than mlr on each verb; where on a
# simple predicate >= 500 MB/s per core; the 2 GB sort under 100 MB.
source "$(dirname "$0")/common.sh"
n=100000 runs=3 big=0
for arg in "$@"; do
  case "$arg" in
    --smoke) n=10000 runs=1 ;;
    --big) big=1 ;;
    --once) runs=1 ;;
    *) n=$arg ;;
  esac
done
input=$(corpus "$n" --no-gold)
mb=$(awk -v b="$(stat -c %s "$input")" 'BEGIN{printf "%.1f", b / 1e6}')
echo "corpus: $n records, $mb MB ($input)"
have_mlr=$(command -v mlr > /dev/null && echo 1 || echo 0)
have_jq=$(command -v jq > /dev/null && echo 1 || echo 0)

# cpu CMD...: least CPU seconds of $runs runs, output to $TIMED_OUT.
cpu() {
  local best=""
  for _ in $(seq 1 "$runs"); do
    timed "$@"
    if [ -z "$best" ] || awk "BEGIN{exit !($CPU_S < $best)}"; then best=$CPU_S; fi
  done
  echo "$best"
}

# Records compared as jq re-encodes them (Miller writes spaces after
# colons), in order unless the verb's order is unspecified between tools.
normal() { jq -c . "$1" > "$1.n"; }

# verb NAME ORDERED REAM_ARGS -- MLR_ARGS -- JQ_ARGS
verb() {
  local name=$1 ordered=$2; shift 2
  local ream_args=() mlr_args=() jq_args=()
  while [ "$1" != "--" ]; do ream_args+=("$1"); shift; done; shift
  while [ "$1" != "--" ]; do mlr_args+=("$1"); shift; done; shift
  jq_args=("$@")
  local out="$WORK/verbs.$name"
  local r m="" j="" same="" mlr_too=1 jq_too=1
  if [ "$n" -gt 200000 ]; then  # these hold every record in memory
    [ "$name" = sort ] && mlr_too=0
    [ "${jq_args[0]}" = -s ] && jq_too=0
  fi
  r=$(TIMED_OUT=$out.ream cpu "$REAM" -i "$input" "${ream_args[@]}")
  normal "$out.ream"
  if [ "$have_mlr" = 1 ] && [ "$mlr_too" = 1 ]; then
    m=$(TIMED_OUT=$out.mlr cpu mlr --ijsonl --ojsonl "${mlr_args[@]}" "$input")
    normal "$out.mlr"
    if [ "$ordered" = 1 ]; then cmp -s "$out.ream.n" "$out.mlr.n"; else cmp -s <(sort "$out.ream.n") <(sort "$out.mlr.n"); fi &&
      same="mlr:same" || same="mlr:DIFFERENT"
  fi
  if [ "$have_jq" = 1 ] && [ "$jq_too" = 1 ]; then
    j=$(TIMED_OUT=$out.jq cpu jq -c "${jq_args[@]}" "$input")
    normal "$out.jq"
    if [ "$ordered" = 1 ]; then cmp -s "$out.ream.n" "$out.jq.n"; else cmp -s <(sort "$out.ream.n") <(sort "$out.jq.n"); fi &&
      same="$same jq:same" || same="$same jq:DIFFERENT"
  fi
  printf '%-34s ream %6.2f s  %7s MB/s | mlr %6s s %6sx | jq %6s s %6sx | %s (%s records)\n' \
    "${ream_args[*]}" "$r" "$(awk -v m="$mb" -v s="$r" 'BEGIN{ if (s > 0) printf "%.0f", m / s; else print "inf" }')" \
    "${m:--}" "$([ -n "$m" ] && ratio "$m" "$r" || echo -)" "${j:--}" "$([ -n "$j" ] && ratio "$j" "$r" || echo -)" \
    "$same" "$(wc -l < "$out.ream")"
  rm -f "$out".*
}

echo "CPU seconds, best of $runs; Nx = that tool's CPU time over ream's"
verb where-year 1 where 'year >= 2023' -- filter '$year >= 2023' -- 'select(.year >= 2023)'
verb where-regex 1 where 'title ~ /diffus(ion|e)/i' -- filter '$title =~ "diffus(ion|e)"i' -- \
  'select(.title | test("diffus(ion|e)"; "i"))'
verb select 1 select id,year,title -- cut -o -f id,year,title -- '{id, year, title}'
verb sort 1 sort --by=-year,title --locale=C -- sort -nr year -f title -- -s 'sort_by(-.year, .title) | .[]'
verb count 0 count -f year -- count-distinct -f year -- -s 'group_by(.year) | map({year: .[0].year, count: length}) | .[]'
"$REAM" -i "$input" cat > /dev/null  # warm
echo "ream cat on the same input for reference: $(cpu "$REAM" -i "$input" cat) s"

if [ "$big" = 1 ]; then
  copies=$(awk -v m="$mb" 'BEGIN{ c = int(2000 / m + 0.999); print (c < 1 ? 1 : c) }')
  bigfile="$WORK/verbs-big-$n-x$copies.jsonl"
  [ -s "$bigfile" ] || for _ in $(seq 1 "$copies"); do cat "$input"; done > "$bigfile"
  TIMED_OUT="$WORK/verbs.big.sorted" timed "$REAM" -i "$bigfile" sort --by=-year,title --locale=C --memory 64M
  echo "sort --memory 64M on $(du -m "$bigfile" | cut -f1) MB ($copies copies): $CPU_S s CPU, $WALL_S s wall, peak $RSS_MB MB (target < 100)"
  TIMED_OUT="$WORK/verbs.small.sorted" timed "$REAM" -i "$input" sort --by=-year,title --locale=C
  jq -c '[.year, .title]' "$WORK/verbs.small.sorted" | paste - "$WORK/verbs.small.sorted" |
    awk -F '\t' -v c="$copies" '
      function flush() { for (i = 0; i < c; i++) for (j = 0; j < n; j++) print group[j]; n = 0 }
      $1 != key { flush(); key = $1 }
      { group[n++] = $2 }
      END { flush() }' > "$WORK/verbs.big.expected"
  if cmp -s "$WORK/verbs.big.expected" "$WORK/verbs.big.sorted"; then
    echo "big sort order: as the $n-record sort (which matched mlr above), every run of equal keys $copies times over"
  else
    echo "big sort order: DIFFERENT"
  fi
  rm -f "$WORK/verbs.big.sorted" "$WORK/verbs.small.sorted" "$WORK/verbs.big.expected"
fi
