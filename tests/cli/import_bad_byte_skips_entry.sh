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
