#!/usr/bin/env bash
# An empty file name is a usage error (exit 2) for every option that names
# a file: -o '' wrote to standard output, --state '' used a throw-away
# database (so nothing was remembered), --graph '' failed only after the
# output was in place.  A directory as --state is exit 4 with the reason.
source "$(dirname "$0")/common.sh"
echo '{"id":"a","title":"A paper"}' > in.jsonl
check() {
  local code=$1 message=$2; shift 2
  local got=0
  "$@" > out 2> err || got=$?
  expect_eq "$code" "$got" "exit status of $*"
  expect_eq "$message" "$(cat err)" "message of $*"
}
check 2 "ream: --output: a file name is needed, not ''" "$REAM" -o '' -i in.jsonl cat
check 2 "ream: --reject: a file name is needed, not ''" "$REAM" --reject '' -i in.jsonl cat
check 2 "ream: dedupe: --state: a file name is needed, not ''" "$REAM" -i in.jsonl dedupe --state ''
check 2 "ream: cite: --graph: a file name is needed, not ''" "$REAM" -i in.jsonl cite --graph ''
mkdir dir
check 4 "ream: dedupe: state file 'dir': cannot open: Is a directory" "$REAM" -i in.jsonl dedupe --state dir
