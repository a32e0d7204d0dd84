# A missing --df table is an I/O error (exit 4); a malformed one stops the
# run with its file and line.
source "$(dirname "$0")/common.sh"
in="$REAM_SOURCE/tests/data/keywords/abstracts.jsonl"
expect_status 4 "$REAM" keywords --df missing.tsv < "$in"
err=$("$REAM" keywords --df missing.tsv < "$in" 2>&1 || true)
expect_contains "$err" "cannot read DF table 'missing.tsv': No such file or directory"
printf 'documents\t1\ncode\t5\n' > bad.tsv
expect_status 1 "$REAM" keywords --df bad.tsv < "$in"
err=$("$REAM" keywords --df bad.tsv < "$in" 2>&1 || true)
expect_contains "$err" "bad.tsv:2: keywords: count 5 exceeds the document count 1"
