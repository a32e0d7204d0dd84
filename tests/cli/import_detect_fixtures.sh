# Every hand-written fixture in a tool's style is recognised as its format
# under --format auto, from its own markers.
source "$(dirname "$0")/common.sh"
d="$REAM_SOURCE/tests/data/import"
check() { expect_contains "$("$REAM" import --detect "$d/$1")" "$d/$1: $2:" "$1"; }
check papers.bib bibtex
check dblp_crossref.bib bibtex
check jabref.bib bibtex
check mendeley.bib bibtex
check zotero.bib bibtex
check papers.ris ris
check zotero.ris ris
check mendeley.ris ris
check papers.csv csv
check scopus.csv csv
check zotero.csv csv
check wos_spreadsheet.tsv csv
check papers.jsonl jsonl
check reading_notes.md paper-notes
check trending_blank_lines.txt hf-papers
check trending_packed.txt hf-papers
