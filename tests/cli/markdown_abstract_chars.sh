#!/usr/bin/env bash
# --abstract-chars cuts at a word boundary, counting characters, with "…".
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"id":"x","title":"T","abstract":"Über große Modelle, schnell und sparsam trainiert."}' > in.jsonl
out=$("$REAM" -i in.jsonl markdown --abstract-chars 27)
expect_contains "$out" $'\n\nÜber große Modelle, schnell…' "cut abstract"
out=$("$REAM" -i in.jsonl markdown)
expect_contains "$out" $'\n\nÜber große Modelle, schnell und sparsam trainiert.' "whole abstract"
