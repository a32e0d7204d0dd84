# --on-error=skip goes on past bad files and bad rows; --reject keeps the
# offending lines verbatim.
source "$(dirname "$0")/common.sh"
printf 'A Title\n\nBad \xff text.\n' > bad.txt
printf 'title,year\nGood,2020\n"Too",many,cells\n' > rows.csv
"$REAM" --on-error=skip --reject rejected.txt import bad.txt rows.csv > out.jsonl 2> err.txt
expect_eq '{"id":"title:6e9d131583d7","title":"Good","year":2020,"source":{"file":"rows.csv","line":2}}' "$(cat out.jsonl)"
expect_eq $'Bad \xff text.\n"Too",many,cells' "$(cat rejected.txt)"
expect_eq "ream: bad.txt:3: import: skipped: invalid UTF-8 (byte 0xFF at column 5)
ream: rows.csv:3: import: skipped: row has 3 fields; the header has 2" "$(cat err.txt)"
