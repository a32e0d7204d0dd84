#!/usr/bin/env bash
# biber, BibLaTeX's own reader, validates what export writes against
# BibLaTeX's data model and finds nothing to report: for the samples, the
# fixtures and hostile text (unpaired braces, backslashes, quotes, TeX
# specials, controls, right-to-left text, emoji).
source "$(dirname "$0")/common.sh"
if ! command -v biber > /dev/null; then
  echo "SKIP: biber not installed; BibLaTeX output cannot be validated"
  exit 0
fi
for src in "$REAM_SOURCE/share/ream/samples/library.bib" "$REAM_SOURCE"/tests/data/import/papers.{bib,ris,csv} \
  "$REAM_SOURCE"/tests/data/export/{papers,hostile}.jsonl; do
  for ascii in "" "--ascii"; do
    # shellcheck disable=SC2086
    "$REAM" import "$src" then export --format biblatex $ascii -o library.bib 2> /dev/null
    biber --tool --validate-datamodel --output-file checked.bib library.bib > biber.log 2>&1 ||
      fail "$src $ascii: biber failed: $(cat biber.log)"
    problems=$(grep -E '^(WARN|ERROR)' biber.log || true)
    expect_eq "" "$problems" "biber's warnings for $src $ascii"
    # biber read every entry.
    expect_eq "$(grep -c '^@' library.bib)" "$(grep -c '^@' checked.bib)" "entries biber read from $src $ascii"
  done
done
echo ok
