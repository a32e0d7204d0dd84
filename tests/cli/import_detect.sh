# ream import --detect: each file's format and the evidence for it, or
# why none was chosen; nothing is imported, and exit 1 when a file
# cannot be told.
source "$(dirname "$0")/common.sh"
printf '%% JabRef\n\n@Article{Smith2020,\n title={X}}\n' > refs.bib
printf 'TY  - JOUR\nTI  - X\nER  - \n' > refs.ris
printf 'hello\nworld\n' > prose.txt
"$REAM" import --detect refs.bib refs.ris > out.txt
expect_eq "refs.bib: bibtex: entry '@Article{Smith2020,' at line 3
refs.ris: ris: record start 'TY  - JOUR' at line 1 and 2 more tag lines" "$(cat out.txt)"
expect_status 1 "$REAM" import --detect refs.bib prose.txt > out.txt 2> err.txt
expect_eq "refs.bib: bibtex: entry '@Article{Smith2020,' at line 3
prose.txt: unknown: no format's markers found" "$(cat out.txt)"
expect_eq "ream: import: cannot tell the format of every file; use --format" "$(cat err.txt)"
