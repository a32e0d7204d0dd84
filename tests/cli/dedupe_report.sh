#!/usr/bin/env bash
# --report: one line per cluster with members, representative and evidence.
source "$(dirname "$0")/common.sh"
"$REAM" -i "$REAM_SOURCE/tests/data/dedupe/papers.jsonl" dedupe --report report.jsonl > /dev/null
expect_eq 3 "$(wc -l < report.jsonl)" "clusters"
expect_eq '{"cluster":"a","representative":"a","members":["a","c"],"rule":"title","fired":[]}'   "$(head -1 report.jsonl | jq -c '{cluster, representative, members, rule: .pairs[0].rule, fired: .pairs[0].vetoes_fired}')"
expect_eq '"identifier"' "$(sed -n 2p report.jsonl | jq -c '.pairs[0].rule')"
