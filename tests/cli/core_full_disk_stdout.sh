# Writing to a full device fails with status 4 and says so.
source "$(dirname "$0")/common.sh"
python3 -c 'import sys; [sys.stdout.write("{\"n\":%d}\n" % i) for i in range(100000)]' > in.jsonl
status=0
"$REAM" cat < in.jsonl > /dev/full 2> err.txt || status=$?
expect_eq 4 "$status"
expect_eq "ream: <stdout>: write failed: No space left on device" "$(cat err.txt)"
