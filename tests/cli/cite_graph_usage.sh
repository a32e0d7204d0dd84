#!/usr/bin/env bash
# --graph-format without --graph, or an unwritable --graph, is a usage error.
source "$(dirname "$0")/common.sh"
echo '{"id":"a"}' >in.jsonl
expect_status 2 "$REAM" cite --graph-format csv <in.jsonl
expect_eq "ream: cite: --graph-format needs --graph FILE" "$("$REAM" cite --graph-format csv <in.jsonl 2>&1 || true)"
expect_status 2 "$REAM" cite --graph no/such/dir/g.dot <in.jsonl
expect_eq "ream: cite: cannot write graph file 'no/such/dir/g.dot'" "$("$REAM" cite --graph no/such/dir/g.dot <in.jsonl 2>&1 || true)"
