# --on-error=skip goes on past bad entries and bad rows; --reject keeps the
# offending entries verbatim, all their lines.
source "$(dirname "$0")/common.sh"
printf '@misc{a,\n title={Bad \xff text.}}\n@misc{b, title={Fine}}\n' > bad.bib
printf 'title,year\nGood,2020\n"Too",many,cells\n' > rows.csv
"$REAM" --on-error=skip --reject rejected.txt import bad.bib rows.csv > out.jsonl 2> err.txt
expect_eq 'Fine
Good' "$(sed 's/.*"title":"\([^"]*\)".*/\1/' out.jsonl)"
expect_eq $'@misc{a,\n title={Bad \xff text.}}\n"Too",many,cells' "$(cat rejected.txt)"
expect_eq "ream: bad.bib:2: import: skipped: invalid UTF-8 (byte 0xFF at column 13); if the file is Latin-1, use --encoding latin1
ream: rows.csv:3: import: skipped: row has 3 fields; the header has 2" "$(cat err.txt)"
