#!/usr/bin/env bash
# The issue's whole loop on the installed samples: import everything,
# merge duplicates, export BibLaTeX.  The file is written, export says how
# many entries lack what BibLaTeX requires (the trending-page samples have
# no authors and no year), and biber, when installed, finds nothing else:
# no invalid field, no parse error, only those missing fields.
source "$(dirname "$0")/common.sh"
samples="$REAM_SOURCE/share/ream/samples"
"$REAM" import "$samples"/* then dedupe --keep merge then export --format biblatex -o library.bib 2> err
expect_eq "ream: export: warning: 4 entries without an author or editor and 3 without a year, which BibLaTeX requires" \
  "$(grep 'export:' err)" "export's warnings"
expect_eq "$("$REAM" import "$samples"/* then dedupe --keep merge 2> /dev/null | wc -l)" "$(grep -c '^@' library.bib)" "entries after merging"
grep -q 'merged_from\|cluster\|source' library.bib && fail "ream's bookkeeping reached the .bib"
if command -v biber > /dev/null; then
  biber --tool --validate-datamodel --output-file checked.bib library.bib > biber.log 2>&1 || fail "biber failed"
  others=$(grep -E '^(WARN|ERROR)' biber.log | grep -v 'Missing mandatory field' || true)
  expect_eq "" "$others" "biber's complaints other than missing data"
else
  echo "biber not installed: the file is not validated"
fi
echo ok
