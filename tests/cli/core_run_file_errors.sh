#!/usr/bin/env bash
# ream run: plain messages with FILE:LINE:COLUMN and the documented codes
# for a directory, bad set lines and a bad ${...}; "-" reads the pipeline
# from standard input.
source "$(dirname "$0")/common.sh"
echo '{"id":"a"}' > in.jsonl
check() {
  local code=$1 message=$2; shift 2
  local got=0
  "$@" < /dev/null > /dev/null 2> err || got=$?
  expect_eq "$code" "$got" "exit status of $*"
  expect_eq "$message" "$(cat err)" "message of $*"
}
mkdir dir
check 4 "ream: dir: cannot read: Is a directory" "$REAM" run dir
printf 'set foo\ncat\n' > a.ream
check 2 "ream: a.ream:1:5: set takes global options, and 'foo' is not one" "$REAM" run a.ream
printf 'set -i in.jsonl -o\ncat\n' > b.ream
check 2 "ream: b.ream:1:17: set: --output needs a value (FILE)" "$REAM" run b.ream
printf 'set --colour\ncat\n' > c.ream
check 2 "ream: c.ream:1:5: set: unknown global option '--colour'" "$REAM" run c.ream
printf 'cat ${1x}\n' > d.ream
check 2 "ream: d.ream:1:7: a variable name is expected after '\${' (letters, digits and '_', not starting with a digit)" "$REAM" run d.ream
printf 'cat ${}\n' > e.ream
check 2 "ream: e.ream:1:7: a variable name is expected after '\${' (letters, digits and '_', not starting with a digit)" "$REAM" run e.ream
expect_eq '{"id":"a"}' "$(echo 'cat' | "$REAM" -i in.jsonl run - 2>&1 || true)" "a pipeline from standard input"
