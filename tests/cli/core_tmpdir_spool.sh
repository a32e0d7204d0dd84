# Spools go to $TMPDIR, not always /tmp: a TMPDIR that does not exist fails
# a spooling stage with exit 4 and says what could not be made; a TMPDIR
# that does exist is used.
source "$(dirname "$0")/common.sh"
printf '{"id":"b","title":"Graph neural networks for molecules"}\n{"id":"a","title":"Sparse attention"}\n' > in.jsonl
TMPDIR="$T/no-such-dir" expect_status 4 "$REAM" -i in.jsonl keywords --memory 0 > out.txt 2> err.txt
expect_contains "$(cat err.txt)" "cannot create"
mkdir spool
TMPDIR="$T/spool" "$REAM" -i in.jsonl keywords --memory 0 > out.txt
expect_eq 2 "$(wc -l < out.txt)"
