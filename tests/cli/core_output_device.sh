#!/usr/bin/env bash
# -o onto something that is not a regular file writes through it and
# never replaces it: a FIFO stays a FIFO and its reader gets the records;
# /dev/full is an I/O error (exit 4) with the OS reason.
source "$(dirname "$0")/common.sh"
echo '{"id":"a"}' > in.jsonl
mkfifo pipe
timeout 20 cat pipe > got.jsonl &
reader=$!
timeout 20 "$REAM" -i in.jsonl -o pipe cat || true
wait $reader || true
expect_eq '{"id":"a"}' "$(cat got.jsonl)" "records through the FIFO"
[ -p pipe ] || fail "the FIFO was replaced"
expect_status 0 "$REAM" -i in.jsonl -o /dev/null cat
[ -c /dev/null ] || fail "/dev/null was replaced"
got=0
"$REAM" -i in.jsonl -o /dev/full cat 2> err || got=$?
expect_eq 4 "$got" "exit status for /dev/full"
expect_eq "ream: /dev/full: write failed: No space left on device" "$(cat err)"
got=0
"$REAM" -i in.jsonl dedupe --report /dev/full > /dev/null 2> err || got=$?
expect_eq 4 "$got" "exit status for --report /dev/full"
expect_eq "ream: dedupe: --report '/dev/full': write failed: No space left on device" "$(cat err)"
# /dev/stderr, /dev/stdout and /dev/fd/N are ream's own descriptors,
# written through: the file behind them is appended to, never replaced.
echo "log line" > log.txt
printf '%s\n' '{"id":"a"}' 'bad' > mixed.jsonl
"$REAM" --on-error=skip --reject /dev/stderr -i mixed.jsonl cat > /dev/null 2>> log.txt
expect_eq "log line
ream: mixed.jsonl:2: cat: skipped: invalid JSON at byte 1: syntax error
bad" "$(cat log.txt)" "the log after --reject /dev/stderr"
echo "old" > appended.jsonl
"$REAM" -i in.jsonl -o /dev/stdout cat >> appended.jsonl
expect_eq 'old
{"id":"a"}' "$(cat appended.jsonl)" "-o /dev/stdout appended"
