# An executable plugin that stops reading while ream has megabytes left to
# send never makes ream wait: closing its input and exiting 0 is stopping
# like head(1) (what it did not read is counted as dropped, exit 0); being
# killed by a signal or exiting non-zero is an error naming it (exit 3).
source "$(dirname "$0")/common.sh"
mkdir bin
printf '#!/bin/sh\nhead -n 1\n' > bin/ream-first
printf '#!/bin/sh\nread -r line\nkill -9 $$\n' > bin/ream-killed
printf '#!/bin/sh\nexec 0<&-\nexit 5\n' > bin/ream-five
chmod 755 bin/*
export REAM_PLUGIN_PATH="$T/bin"
awk 'BEGIN { for (i = 1; i <= 40000; i++) printf "{\"id\":%d,\"pad\":\"%060d\"}\n", i, 0 }' > big.jsonl

# run STAGE: ream with a time limit, so a hang fails the test.
run() {
  status=0
  timeout 60 "$REAM" --stats=json "$1" < big.jsonl > out.jsonl 2> err.txt || status=$?
  [ "$status" != 124 ] || fail "ream $1 hung"
}

run first
expect_eq 0 "$status"
expect_eq "$(head -n 1 big.jsonl)" "$(cat out.jsonl)"
stats=$(grep '^{"stages"' err.txt)
in=$(echo "$stats" | sed 's/.*"in":\([0-9]*\).*/\1/')
dropped=$(echo "$stats" | sed 's/.*"dropped":\([0-9]*\).*/\1/')
[ "$dropped" -gt 0 ] || fail "records head never read were not counted as dropped: $stats"
[ "$dropped" -lt "$in" ] || fail "records head did read were counted as dropped: $stats"

run killed
expect_eq 3 "$status"
expect_contains "$(cat err.txt)" "ream: killed: $T/bin/ream-killed was killed by signal 9 (SIGKILL)"

run five
expect_eq 3 "$status"
expect_contains "$(cat err.txt)" "ream: five: $T/bin/ream-five exited with status 5"
