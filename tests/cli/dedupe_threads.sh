#!/usr/bin/env bash
# --threads 2 computes features on a second thread in batches of 512 and
# gives the same bytes, warnings included, as the default single thread.
source "$(dirname "$0")/common.sh"
for i in $(seq 1 1300); do
  echo "{\"id\":\"r$i\",\"title\":\"Study number $((i % 700)) of topic $((i % 700 * 7))\",\"year\":2001}"
done > in.jsonl
echo '{"id":"c1","title":"A paper about graphs","arxiv":"2401.00001"}' >> in.jsonl
echo '{"id":"c2","title":"Entirely different subject matter here","arxiv":"2401.00001"}' >> in.jsonl
"$REAM" -i in.jsonl dedupe > one.jsonl 2> one.err
"$REAM" -i in.jsonl dedupe --threads 2 > two.jsonl 2> two.err
expect_eq 702 "$(wc -l < one.jsonl)" "records kept"
cmp -s one.jsonl two.jsonl || fail "--threads 2 output differs from --threads 1"
expect_contains "$(cat two.err)" "in.jsonl:1302: dedupe: warning: 'c2' shares an identifier with 'c1'" "warning place"
cmp -s one.err two.err || fail "--threads 2 warnings differ from --threads 1"
expect_status 2 "$REAM" -i in.jsonl dedupe --threads 3 2> usage.err
expect_eq "ream: dedupe: --threads must be 1 or 2" "$(cat usage.err)"
