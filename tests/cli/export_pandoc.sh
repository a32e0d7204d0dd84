#!/usr/bin/env bash
# pandoc, a real consumer of both formats, reads what export writes:
# BibLaTeX and BibTeX through its BibTeX readers (every record under its
# key, with its title and its people), and CSL-JSON rendered by
# --citeproc into a reference list holding every title and first author.
source "$(dirname "$0")/common.sh"
if ! command -v pandoc > /dev/null || ! command -v python3 > /dev/null; then
  echo "SKIP: pandoc or python3 not installed; the exports cannot be read back"
  exit 0
fi
check="$REAM_SOURCE/tests/data/export/pandoc_check.py"
for src in "$REAM_SOURCE/share/ream/samples/library.bib" "$REAM_SOURCE"/tests/data/import/papers.{bib,ris,csv} \
  "$REAM_SOURCE"/tests/data/export/{papers,hostile}.jsonl; do
  "$REAM" import "$src" > records.jsonl 2> /dev/null
  "$REAM" -i records.jsonl export --format csv --fields key 2> /dev/null | tail -n +2 | tr -d '\r' > keys
  for format in biblatex bibtex; do
    "$REAM" -i records.jsonl export --format $format -o refs.bib 2> /dev/null
    pandoc -f $format -t csljson refs.bib > pandoc.json 2> pandoc.err || fail "$src, $format: $(cat pandoc.err)"
    expect_eq "" "$(cat pandoc.err)" "pandoc's warnings on $src as $format"
    python3 "$check" csl records.jsonl pandoc.json keys || fail "$src, $format: pandoc read other records"
  done
  "$REAM" -i records.jsonl export --format csl-json -o refs.json 2> /dev/null
  printf -- '---\nnocite: "[@*]"\n---\n' | pandoc --citeproc --bibliography refs.json -t plain --wrap=none > list.txt 2> pandoc.err ||
    fail "$src: pandoc --citeproc failed: $(cat pandoc.err)"
  expect_eq "" "$(cat pandoc.err)" "pandoc --citeproc's warnings on $src"
  python3 "$check" rendered records.jsonl list.txt || fail "$src: the reference list misses records"
done
echo ok
