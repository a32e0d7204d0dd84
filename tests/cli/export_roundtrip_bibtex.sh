#!/usr/bin/env bash
# import(export(records)) gives the records back: the samples and the
# import and export fixtures, exported as BibLaTeX, BibTeX and BibTeX in
# ASCII and imported again, keep title, people, year, venue, volume,
# issue, pages, DOI, arXiv id, URL and abstract.  The one documented
# change: a thesis's or report's venue comes back as school/institution.
source "$(dirname "$0")/common.sh"
if ! command -v python3 > /dev/null; then
  echo "SKIP: python3 not installed; the records cannot be compared"
  exit 0
fi
check="$REAM_SOURCE/tests/data/export/roundtrip_check.py"
for src in "$REAM_SOURCE/share/ream/samples/library.bib" "$REAM_SOURCE"/tests/data/import/papers.{bib,ris,csv} \
  "$REAM_SOURCE/tests/data/export/papers.jsonl"; do
  "$REAM" import "$src" > before.jsonl 2> /dev/null
  for format in biblatex bibtex "bibtex --ascii"; do
    # shellcheck disable=SC2086
    "$REAM" import "$src" then export --format $format -o out.bib 2> /dev/null
    "$REAM" import out.bib > after.jsonl || fail "$src, $format: the export does not import"
    python3 "$check" before.jsonl after.jsonl --venue-fields school,institution ||
      fail "$src, --format $format: records differ after the round trip"
  done
done
echo ok
