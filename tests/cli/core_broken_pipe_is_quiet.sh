# `ream ... | head -1` exits 0 without a message once the reader is gone.
source "$(dirname "$0")/common.sh"
python3 -c 'import sys; [sys.stdout.write("{\"n\":%d,\"pad\":\"%s\"}\n" % (i, "y" * 200)) for i in range(200000)]' > in.jsonl
"$REAM" cat < in.jsonl 2> err.txt | head -1 > first.txt
expect_eq "0" "${PIPESTATUS[0]}" "ream's exit status"
expect_eq "" "$(cat err.txt)" "stderr"
expect_eq '{"n":0,' "$(head -c 7 first.txt)"
