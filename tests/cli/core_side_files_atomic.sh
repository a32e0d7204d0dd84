#!/usr/bin/env bash
# Side files are written like -o: a failed run leaves the previous
# --report, --dropped, --graph and --save-df files as they were, and no
# temporary file behind.
source "$(dirname "$0")/common.sh"
for f in report.jsonl dropped.jsonl graph.dot df.tsv; do echo "yesterday" > "$f"; done
{ sed -n '1,3p' "$REAM_SOURCE/tests/data/dedupe/papers.jsonl"; echo 'not json'; } > in.jsonl
expect_status 1 "$REAM" -i in.jsonl dedupe --report report.jsonl --dropped dropped.jsonl > /dev/null
expect_status 1 "$REAM" -i in.jsonl cite --graph graph.dot > /dev/null
expect_status 1 "$REAM" -i in.jsonl keywords --save-df df.tsv > /dev/null
for f in report.jsonl dropped.jsonl graph.dot df.tsv; do expect_eq "yesterday" "$(cat "$f")" "$f after a failed run"; done
expect_eq "" "$(ls -A | grep ream- || true)" "temporary files left"
# A good run replaces them.
head -3 in.jsonl > good.jsonl
"$REAM" -i good.jsonl dedupe --report report.jsonl --dropped dropped.jsonl > /dev/null
expect_eq "c" "$(jq -r .id dropped.jsonl)" "dropped after a good run"
