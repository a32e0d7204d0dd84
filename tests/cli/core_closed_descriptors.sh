#!/usr/bin/env bash
# Closed standard descriptors: with stdout closed, ream exits 4 before
# reading (the records would go nowhere) and the --reject file receives no
# records; with stderr closed, diagnostics do not land in files ream opens;
# a closed stdin is an I/O error when it is read, not an empty input.
source "$(dirname "$0")/common.sh"
printf '%s\n' '{"id":"a"}' 'bad' > in.jsonl
got=0
"$REAM" -i in.jsonl --reject rej.txt cat >&- 2> err || got=$?
expect_eq 4 "$got" "exit status with stdout closed"
expect_eq "ream: <stdout>: cannot write: Bad file descriptor" "$(cat err)"
[ ! -s rej.txt ] || fail "records went to the reject file: $(cat rej.txt)"
got=0
"$REAM" -i in.jsonl --on-error=skip --reject rej.txt -o out.jsonl cat 2>&- || got=$?
expect_eq 0 "$got" "exit status with stderr closed"
expect_eq "bad" "$(cat rej.txt)" "reject file with stderr closed"
expect_eq '{"id":"a"}' "$(cat out.jsonl)" "output with stderr closed"
got=0
"$REAM" cat <&- > out.jsonl 2> err || got=$?
expect_eq 4 "$got" "exit status with stdin closed"
expect_eq "ream: <stdin>: cannot read: Bad file descriptor" "$(cat err)"
expect_status 0 "$REAM" -i in.jsonl --on-error=skip -o out.jsonl cat <&-
