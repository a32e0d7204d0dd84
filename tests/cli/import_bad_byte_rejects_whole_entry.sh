# A Latin-1 RIS export read as UTF-8: each record holding a non-ASCII
# letter is skipped once, however many such letters it holds (no warning
# about bytes "outside any entry"), and --reject gets the whole record as
# it was, so that the reject file imports again with --encoding latin1.
source "$(dirname "$0")/common.sh"
printf 'TY  - JOUR\r\nAU  - M\xfcller, J.\r\nTI  - Sch\xf6ne Daten\r\nPY  - 2019\r\nER  - \r\n\r\n' > refs.ris
printf 'TY  - JOUR\r\nAU  - Lee, J.\r\nTI  - Plain Data\r\nPY  - 2020\r\nER  - \r\n\r\n' >> refs.ris
printf 'TY  - JOUR\r\nAU  - Lef\xe8vre, H.\r\nTI  - Donn\xe9es\r\nER  - \r\n' >> refs.ris
"$REAM" --on-error=skip --reject bad.ris --stats import refs.ris > out.jsonl 2> err.txt
expect_eq "ream: refs.ris:2: import: skipped: invalid UTF-8 (byte 0xFC at column 8); if the file is Latin-1, use --encoding latin1
ream: refs.ris:14: import: skipped: invalid UTF-8 (byte 0xE8 at column 10); if the file is Latin-1, use --encoding latin1" \
  "$(grep -v 'stats:' err.txt)"
expect_eq "Plain Data" "$(python3 -c 'import json,sys; print("|".join(json.loads(l)["title"] for l in sys.stdin))' < out.jsonl)"
expect_contains "$(grep 'stats: import' err.txt)" "0          1          0          2"
"$REAM" import --encoding latin1 bad.ris > again.jsonl
expect_eq "Schöne Daten|['Müller, J.']|Données|['Lefèvre, H.']" \
  "$(python3 -c 'import json,sys; print("|".join(json.loads(l)["title"] + "|" + str(json.loads(l)["authors"]) for l in sys.stdin))' < again.jsonl)"
