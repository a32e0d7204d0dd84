#!/usr/bin/env bash
# In a pipeline file, a ${VAR} value that begins with '-' is an operand (or
# the value of the option before it), never an option: it cannot redirect
# the output or empty a file through --reject.
source "$(dirname "$0")/common.sh"
echo '{"id":"a","title":"A paper"}' > in.jsonl
echo 'import ${FILE}' > p.ream
got=0
FILE='--output=elsewhere.jsonl' "$REAM" run p.ream > out.jsonl 2> err || got=$?
expect_eq 4 "$got" "exit status"
expect_eq "ream: --output=elsewhere.jsonl: import: cannot open: No such file or directory" "$(cat err)"
[ ! -e elsewhere.jsonl ] || fail "the value redirected the output"
FILE='--reject=in.jsonl' "$REAM" run p.ream > /dev/null 2>&1 || true
expect_eq '{"id":"a","title":"A paper"}' "$(cat in.jsonl)" "the file named by --reject=..."
cp in.jsonl ./-dash.jsonl
FILE=-dash.jsonl "$REAM" run p.ream > out.jsonl
expect_eq "A paper" "$(jq -r .title out.jsonl)" "a file whose name begins with '-'"
# As the value of an option, it is that value.
printf 'set -o ${OUT}\ncat\n' > o.ream
OUT=-x.jsonl "$REAM" -i in.jsonl run o.ream
expect_eq "a" "$(jq -r .id ./-x.jsonl)" "the output named by a value with '-'"
printf 'set ${OPTS}\ncat\n' > s.ream
got=0
OPTS='--output=y.jsonl' "$REAM" -i in.jsonl run s.ream 2> err || got=$?
expect_eq 2 "$got" "exit status for an option from \${OPTS} on a set line"
expect_eq "ream: s.ream:1:5: set takes global options, and '--output=y.jsonl' is not one (a \${...} value is never an option)" "$(cat err)"
