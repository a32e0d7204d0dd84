#!/usr/bin/env bash
# import(export(records)) for RIS, CSV and TSV: the samples and fixtures,
# exported and imported again, keep title, people, year, venue, volume,
# issue, pages, DOI, URL and abstract, and the arXiv id; RIS carries the
# arXiv id as the abstract page's URL, so its version and an absent URL
# are the documented changes there.
source "$(dirname "$0")/common.sh"
if ! command -v python3 > /dev/null; then
  echo "SKIP: python3 not installed; the records cannot be compared"
  exit 0
fi
check="$REAM_SOURCE/tests/data/export/roundtrip_check.py"
for src in "$REAM_SOURCE/share/ream/samples/library.bib" "$REAM_SOURCE"/tests/data/import/papers.{bib,ris,csv} \
  "$REAM_SOURCE/tests/data/export/papers.jsonl"; do
  "$REAM" import "$src" > before.jsonl 2> /dev/null
  for format in ris csv tsv; do
    "$REAM" import "$src" then export --format $format -o "out.$format" 2> /dev/null
    "$REAM" import "out.$format" > after.jsonl || fail "$src, $format: the export does not import"
    allowances=()
    [ "$format" == ris ] && allowances=(--arxiv-version-free --url-from-arxiv)
    python3 "$check" before.jsonl after.jsonl "${allowances[@]}" ||
      fail "$src, --format $format: records differ after the round trip"
  done
done
echo ok
