# --on-error=skip with one invalid byte in a BibTeX, CSV or JSON Lines
# file: only the entry holding it is skipped (and counted); the others
# are imported.  Under --on-error=fail the run stops at that entry.
source "$(dirname "$0")/common.sh"
printf '@article{a,\n title={Caf\xc3\xa9 One}, year=2020}\n\n@article{b,\n title={Bad \xff Two}, year=2021}\n\n@article{c,\n title={Three}, year=2022}\n' > refs.bib
printf 'title,year\nOne,2020\nBad\x00Two,2021\nThree,2022\n' > rows.csv
printf '{"title":"One"}\n{"title":"Bad \xfe Two"}\n{"title":"Three"}\n' > recs.jsonl
for f in refs.bib rows.csv recs.jsonl; do
  "$REAM" --on-error=skip --stats import "$f" > out.jsonl 2> err.txt
  expect_eq "2" "$(wc -l < out.jsonl | tr -d ' ')" "$f records"
  expect_contains "$(cat out.jsonl)" '"Three"'
  expect_contains "$(grep 'stats: import' err.txt)" "0          2          0          1" "$f stats"
done
expect_status 1 "$REAM" import refs.bib > out.jsonl 2> err.txt
expect_eq "ream: refs.bib:5: import: invalid UTF-8 (byte 0xFF at column 13)" "$(cat err.txt)"
expect_eq "1" "$(wc -l < out.jsonl | tr -d ' ')"
# A format whose parser does not know where an entry ends (a page dump):
# the entry runs up to the next one.
printf 'Get trending papers in your email inbox!\n\nFirst Title\n\nA fine abstract. It has sentences.\n\nSecond Title\n\nA bad \xff abstract. It has sentences.\n\nThird Title\n\nAnother fine abstract. It has sentences.\n' > dump.txt
"$REAM" --on-error=skip import dump.txt > out.jsonl 2> err.txt
expect_eq "First Title|Third Title" "$(python3 -c 'import json,sys; print("|".join(json.loads(l)["title"] for l in sys.stdin))' < out.jsonl)"
expect_eq "ream: dump.txt:9: import: skipped: invalid UTF-8 (byte 0xFF at column 7); if the file is Latin-1, use --encoding latin1" "$(cat err.txt)"
