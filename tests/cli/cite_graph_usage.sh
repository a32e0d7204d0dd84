#!/usr/bin/env bash
# --graph-format without --graph is a usage error; an unwritable --graph
# is an I/O error (exit 4) with the OS reason.
source "$(dirname "$0")/common.sh"
echo '{"id":"a"}' >in.jsonl
expect_status 2 "$REAM" cite --graph-format csv <in.jsonl
expect_eq "ream: cite: --graph-format needs --graph FILE" "$("$REAM" cite --graph-format csv <in.jsonl 2>&1 || true)"
expect_status 4 "$REAM" cite --graph no/such/dir/g.dot <in.jsonl
expect_eq "ream: cite: --graph 'no/such/dir/g.dot': cannot open for writing: No such file or directory" "$("$REAM" cite --graph no/such/dir/g.dot <in.jsonl 2>&1 || true)"
