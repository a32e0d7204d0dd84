# A Scopus CSV export whose download stopped inside its last row, in an
# unquoted cell (its year reads "20"; a cut inside quotes is already an
# unterminated quoted field): the row
# is refused with its line (exit 1), or set aside under --on-error=skip and
# counted as rejected; the rows before it are records.
source "$(dirname "$0")/common.sh"
printf '\xef\xbb\xbfAuthors,Author full names,Title,Year,Source title,Publisher,EID\n' > full.csv
printf '"Lee J.","Lee, Jin (1)","Tides of the Baltic",2018,"Ocean Science","Copernicus","2-s2.0-1"\n' >> full.csv
printf '"Ng A.","Ng, Ann (2)","Sediment cores",20' >> full.csv
expect_status 1 "$REAM" import full.csv > out.jsonl 2> err.txt
expect_eq "ream: full.csv:3: import: row has 4 fields; the header has 7, and the file ends inside the row without a line break (cut short?)" "$(cat err.txt)"
expect_status 0 "$REAM" --on-error=skip --reject bad.txt --stats import full.csv > out.jsonl 2> err.txt
expect_eq "1" "$(wc -l < out.jsonl | tr -d ' ')"
expect_eq "import                0          1          0          1" "$(grep -o 'import  *0  *1  *0  *1' err.txt)"
expect_eq '"Ng A.","Ng, Ann (2)","Sediment cores",20' "$(cat bad.txt)"
