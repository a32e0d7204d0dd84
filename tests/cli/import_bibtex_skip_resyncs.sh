# With --on-error=skip the broken entry goes to the reject file verbatim
# and reading resumes at the next entry.
source "$(dirname "$0")/common.sh"
cp "$REAM_SOURCE/tests/data/import/broken.bib" .
"$REAM" --on-error=skip --reject=rejected.txt import --format bibtex broken.bib > out.jsonl 2> err.txt
expect_eq "First
Last" "$(sed 's/.*"title":"\([^"]*\)".*/\1/' out.jsonl)"
expect_eq "ream: broken.bib:8: import: skipped: unterminated entry @article{knuth84 (opened at line 3)" "$(cat err.txt)"
expect_eq '@article{knuth84,
  title = {Literate Programming,
  year  = 1984
}' "$(cat rejected.txt)"
