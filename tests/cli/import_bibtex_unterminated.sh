# An entry that never closes stops the run (exit 1) with the line where
# the text stopped fitting and the line where the entry opened.
source "$(dirname "$0")/common.sh"
cp "$REAM_SOURCE/tests/data/import/broken.bib" .
expect_status 1 "$REAM" import --format bibtex broken.bib > out.jsonl 2> err.txt
expect_eq "ream: broken.bib:8: import: unterminated entry @article{knuth84 (opened at line 3)" "$(cat err.txt)"
