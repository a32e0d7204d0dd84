#!/usr/bin/env bash
# Two options that write one file (existing or not yet) are refused with
# exit 2 before anything is written: one would overwrite the other.
source "$(dirname "$0")/common.sh"
echo '{"id":"a","title":"A paper"}' > in.jsonl
check() {
  local message=$1; shift
  local got=0
  "$@" > /dev/null 2> err || got=$?
  expect_eq 2 "$got" "exit status of $*"
  expect_eq "$message" "$(cat err)" "message of $*"
}
check "ream: -o 'new.jsonl' and --reject 'new.jsonl' are the same file: it cannot be written twice" \
  "$REAM" -i in.jsonl -o new.jsonl --reject new.jsonl cat
check "ream: -o 'out.jsonl' and dedupe --report './out.jsonl' are the same file: it cannot be written twice" \
  "$REAM" -i in.jsonl -o out.jsonl dedupe --report ./out.jsonl
check "ream: dedupe --report 'r.jsonl' and dedupe --dropped 'r.jsonl' are the same file: it cannot be written twice" \
  "$REAM" -i in.jsonl dedupe --report r.jsonl --dropped r.jsonl
expect_eq "" "$(ls | grep -v -e in.jsonl -e err || true)" "files written"
# Standard output redirected onto an input is refused too (>> would loop).
cp in.jsonl copy.jsonl
expect_status 2 "$REAM" cat < copy.jsonl >> copy.jsonl
expect_eq '{"id":"a","title":"A paper"}' "$(cat copy.jsonl)" "input after >>"
