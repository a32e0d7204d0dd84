#!/usr/bin/env bash
# The documented read-then-replace pairs work: -o onto an input, and
# keywords --df F --save-df F.  The new file is renamed into place only
# after the old one was read.
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"id":"b"}' '{"id":"a"}' > in.jsonl
"$REAM" -i in.jsonl -o in.jsonl head -n 1
expect_eq '{"id":"b"}' "$(cat in.jsonl)" "-o onto the input"
printf '%s\n' '{"id":"x","title":"graph neural networks","abstract":"graph neural networks for molecules"}' > papers.jsonl
"$REAM" -i papers.jsonl keywords --save-df df.tsv > /dev/null
before=$(grep ^documents df.tsv)
"$REAM" -i papers.jsonl keywords --df df.tsv --save-df df.tsv > /dev/null
expect_eq "documents	1" "$before" "first table"
expect_eq "documents	2" "$(grep ^documents df.tsv)" "table read, then replaced"
