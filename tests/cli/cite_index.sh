#!/usr/bin/env bash
# --index FILE resolves against FILE's records instead of the stream's, and
# reports unreadable or malformed index files.
source "$(dirname "$0")/common.sh"
head -n 2 "$REAM_SOURCE/tests/data/cite/stream.jsonl" >index.jsonl
printf '%s\n' '{"id":"x","abstract":"uses graph neural networks for molecular property prediction (arXiv:2312.03884)"}' >in.jsonl
"$REAM" cite --index index.jsonl <in.jsonl >out.jsonl
expect_eq '["doi:10.1000/graph.42","arxiv:2312.03884"]' "$(jq -c .cites out.jsonl)" "cites via index"
printf '{"id":"bad"\n' >broken.jsonl
expect_status 1 "$REAM" cite --index broken.jsonl <in.jsonl
expect_eq "ream: broken.jsonl:1: cite: index: invalid JSON at byte 12: incomplete JSON" "$("$REAM" cite --index broken.jsonl <in.jsonl 2>&1 || true)"
expect_status 4 "$REAM" cite --index missing.jsonl <in.jsonl
expect_eq "ream: cite: cannot read index file 'missing.jsonl': No such file or directory" "$("$REAM" cite --index missing.jsonl <in.jsonl 2>&1 || true)"
