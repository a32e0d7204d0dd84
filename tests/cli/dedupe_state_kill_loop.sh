#!/usr/bin/env bash
# Exactly once across kill -9: daily runs (--run-id DAY, -o digest-DAY)
# killed at 30 random moments and at 5 targeted points (while reading;
# after dedupe's end, before the rename; after the rename, before the
# state's commit), each day re-run until it succeeds.  At the end every
# paper is in exactly one digest, and a further run sends nothing.
source "$(dirname "$0")/common.sh"
export REAM_PLUGIN_PATH="$REAM_TEST_PLUGINS"
paper() { echo "{\"id\":\"p$1\",\"title\":\"$(echo "t$1" | md5sum | cut -c1-10) $(echo "u$1" | md5sum | cut -c1-8) of $(echo "v$1" | md5sum | cut -c1-9) systems\"}"; }
: > inbox.jsonl
run_day() {  # day, then the extra stage words that make it die (or none)
  local day=$1; shift
  "$REAM" -o "digest-$day.jsonl" -i inbox.jsonl dedupe --state state/s.db --run-id "$day" "$@" 2> /dev/null
}
targeted=("then throws --when finish --how kill" "then throws --when commit --how kill"
          "then throws --when commit --how kill" "then throws --when process --how kill"
          "then throws --when finish --how kill")
RANDOM=7
kills=0
for day in $(seq 1 35); do
  for i in 1 2 3; do paper $((day * 3 + i)) >> inbox.jsonl; done
  if [ "$day" -le 5 ]; then
    # throws before dedupe for commit (it commits first), after it otherwise
    words=${targeted[$((day - 1))]}
    if [[ $words == *commit* ]]; then
      "$REAM" -o "digest-$day.jsonl" -i inbox.jsonl throws --when commit --how kill \
        then dedupe --state state/s.db --run-id "$day" 2> /dev/null || kills=$((kills + 1))
    else
      # shellcheck disable=SC2086
      run_day "$day" $words || kills=$((kills + 1))
    fi
  else
    run_day "$day" &
    pid=$!
    sleep "0.0$((RANDOM % 40))"
    kill -9 $pid 2> /dev/null && kills=$((kills + 1))
    wait $pid 2> /dev/null || true
  fi
  tries=0
  until run_day "$day"; do
    tries=$((tries + 1))
    [ "$tries" -lt 3 ] || fail "day $day does not run"
  done
done
[ "$kills" -ge 5 ] || fail "only $kills runs were killed"
total=$(cat digest-*.jsonl | jq -r .id | wc -l)
distinct=$(cat digest-*.jsonl | jq -r .id | sort -u | wc -l)
expect_eq 105 "$distinct" "papers in some digest"
expect_eq 105 "$total" "papers in the digests, counted with repeats"
expect_eq "" "$("$REAM" -i inbox.jsonl dedupe --state state/s.db)" "a further run"
