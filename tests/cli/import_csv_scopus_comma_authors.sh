# A Scopus CSV export from before "Author full names": the authors are one
# cell, "Surname I., Surname I.", beside "Author(s) ID" with one id each.
# The ids say how many authors there are, so the cell is split at its
# commas when that gives as many names, and dedupe sees the same authors
# as in the RIS export of the same paper.
source "$(dirname "$0")/common.sh"
printf '\xef\xbb\xbfAuthors,Author(s) ID,Title,Year,Source title,DOI,EID\n' > scopus.csv
printf '"Arute F., M\xc3\xbcller J., de Gaulle C.","57194779010;12345678900;11111111111;","Quantum supremacy using a programmable superconducting processor",2019,"Nature",,"2-s2.0-85074188416"\n' >> scopus.csv
printf 'TY  - JOUR\nAU  - Arute, F.\nAU  - M\xc3\xbcller, J.\nAU  - de Gaulle, C.\nTI  - Quantum supremacy using a programmable superconducting processor\nPY  - 2019\nT2  - Nature\nER  - \n' > scopus.ris
"$REAM" import scopus.csv > c.jsonl
expect_eq "['Arute F.', 'Müller J.', 'de Gaulle C.']" \
  "$(python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["authors"])' < c.jsonl)"
"$REAM" --stats import scopus.csv scopus.ris then dedupe > d.jsonl 2> err.txt
expect_eq "1" "$(wc -l < d.jsonl | tr -d ' ')"
