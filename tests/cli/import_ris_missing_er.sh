# A record without its ER line at the end of the file is an error (the
# file may be cut short); --on-error=skip keeps the complete records.
source "$(dirname "$0")/common.sh"
cp "$REAM_SOURCE/tests/data/import/truncated.ris" .
expect_status 1 "$REAM" import --format ris truncated.ris > out.jsonl 2> err.txt
expect_eq "ream: truncated.ris:5: import: record opened at line 5 has no 'ER  - ' line before the end of the file" "$(cat err.txt)"
"$REAM" --on-error=skip import --format ris truncated.ris > out.jsonl 2> err.txt
expect_eq 1 "$(wc -l < out.jsonl)"
expect_contains "$(cat out.jsonl)" '"title":"Complete"'
