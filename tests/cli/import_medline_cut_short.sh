# A PubMed (MEDLINE) export whose download stopped inside its last line:
# MEDLINE has no end-of-record tag, so the missing final line break is the
# only sign; the record is kept and a warning names its line.
source "$(dirname "$0")/common.sh"
printf 'PMID- 101\nTI  - Tides of the Baltic.\nFAU - Lee, Jin\nDP  - 2018\n\nPMID- 102\nTI  - Sediment cores.\nAB  - Cores from the shelf show a sudd' > cut.nbib
"$REAM" import cut.nbib > out.jsonl 2> err.txt
expect_eq "ream: cut.nbib:8: import: warning: the file ends inside this line, without a line break: the record at line 6 may be cut short" "$(cat err.txt)"
expect_eq "2" "$(wc -l < out.jsonl | tr -d ' ')"
printf 'PMID- 101\nTI  - Tides of the Baltic.\nFAU - Lee, Jin\nDP  - 2018\n' > whole.nbib
"$REAM" import whole.nbib > out.jsonl 2> err.txt
expect_eq "" "$(cat err.txt)"
