# -o on a disk that fills up mid-run (here: a file size limit) exits 4 and
# leaves neither a partial file nor a temporary one.
source "$(dirname "$0")/common.sh"
python3 -c 'import sys; [sys.stdout.write("{\"n\":%d}\n" % i) for i in range(100000)]' > in.jsonl
mkdir out
status=0
(ulimit -f 64; "$REAM" -o out/result.jsonl cat < in.jsonl) 2> err.txt || status=$?
expect_eq 4 "$status"
expect_contains "$(cat err.txt)" "ream: out/result.jsonl: write failed: File too large"
expect_eq "" "$(ls -A out)" "files left in the output directory"
