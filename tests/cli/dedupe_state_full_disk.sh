#!/usr/bin/env bash
# A state on a full disk fails the run (exit 4) before the digest is put in
# place: never a failure reported with the new digest there.  The next run
# with room sends the papers.  Needs a small tmpfs (root with mount
# rights); skipped elsewhere.
source "$(dirname "$0")/common.sh"
mkdir small
mount -t tmpfs -o size=200k tmpfs small 2> /dev/null || { echo "cannot mount a tmpfs: skipped"; exit 0; }
trap 'umount "$T/small" 2> /dev/null; rm -rf "$T"' EXIT
python3 -c '
import hashlib
for i in range(3000):
    h = hashlib.md5(str(i).encode()).hexdigest()
    print("{\"id\":\"p%d\",\"title\":\"%s %s of %s things\",\"abstract\":\"%s\"}" % (i, h[:8], h[8:16], h[16:24], "x" * 200))
' > many.jsonl
echo yesterday > digest.jsonl
got=0
"$REAM" -i many.jsonl -o digest.jsonl dedupe --state small/s.db 2> err || got=$?
expect_eq 4 "$got" "exit status on a full disk"
expect_eq "ream: dedupe: cannot use state file 'small/s.db': database or disk is full" "$(cat err)"
expect_eq yesterday "$(cat digest.jsonl)" "digest after the failed run"
head -50 many.jsonl > few.jsonl
"$REAM" -i few.jsonl -o digest.jsonl dedupe --state small/s.db
expect_eq 50 "$(wc -l < digest.jsonl | tr -d ' ')" "papers sent once there is room"
expect_eq "" "$("$REAM" -i few.jsonl dedupe --state small/s.db)" "papers remembered"
