#!/usr/bin/env bash
# --threads N, the deprecated alias of -j for this stage, splits the work
# for N workers and gives the same bytes, warnings included, as -j 1; it
# takes a whole number from 1.
source "$(dirname "$0")/common.sh"
for i in $(seq 1 1300); do
  echo "{\"id\":\"r$i\",\"title\":\"Study number $((i % 700)) of topic $((i % 700 * 7))\",\"year\":2001}"
done > in.jsonl
echo '{"id":"c1","title":"A paper about graphs","arxiv":"2401.00001"}' >> in.jsonl
echo '{"id":"c2","title":"Entirely different subject matter here","arxiv":"2401.00001"}' >> in.jsonl
"$REAM" -j 1 -i in.jsonl dedupe > one.jsonl 2> one.err
expect_eq 702 "$(wc -l < one.jsonl)" "records kept"
expect_contains "$(cat one.err)" "in.jsonl:1302: dedupe: warning: 'c2' shares an identifier with 'c1'" "warning place"
for run in "-j 1 dedupe --threads 2" "-j 2 dedupe --threads 1" "-j 7 dedupe --threads 3"; do
  # shellcheck disable=SC2086 # the run is several words on purpose
  "$REAM" -i in.jsonl $run > other.jsonl 2> other.err
  cmp -s one.jsonl other.jsonl || fail "$run: output differs from -j 1"
  cmp -s one.err other.err || fail "$run: warnings differ from -j 1"
done
for bad in 0 1.5 -2; do
  expect_status 2 "$REAM" -i in.jsonl dedupe --threads "$bad" 2> usage.err
  expect_eq "ream: dedupe: --threads must be a whole number from 1 to 4096" "$(cat usage.err)"
done
