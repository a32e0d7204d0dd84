#!/usr/bin/env bash
# Classic BibTeX (the bibtex program with plain.bst) processes what
# `export --format bibtex` writes, UTF-8 and --ascii, for the samples, the
# fixtures and hostile text: no error, every entry in the .bbl, and no
# warning but the one the data earns (plain.bst's "a number but no volume"
# for a hand-made record that has an issue number and no volume).
source "$(dirname "$0")/common.sh"
if ! command -v bibtex > /dev/null || ! kpsewhich plain.bst > /dev/null 2>&1; then
  echo "SKIP: bibtex or plain.bst not installed; classic BibTeX output cannot be processed"
  exit 0
fi
for src in "$REAM_SOURCE/share/ream/samples/library.bib" "$REAM_SOURCE"/tests/data/import/papers.{bib,ris,csv} \
  "$REAM_SOURCE"/tests/data/export/{papers,hostile}.jsonl; do
  want=""
  [ "$(basename "$src")" == papers.jsonl ] && want="Warning--there's a number but no volume in vaswani2017attention"
  for ascii in "" "--ascii"; do
    # shellcheck disable=SC2086
    "$REAM" import "$src" then export --format bibtex $ascii -o library.bib 2> /dev/null
    printf '\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{library}\n' > doc.aux
    status=0
    bibtex doc > bibtex.log 2>&1 || status=$?
    problems=$(grep -E '^(Warning|I was|I.m |Repeated|You.re missing|Too many)' bibtex.log || true)
    expect_eq "$want" "$problems" "bibtex's complaints about $src $ascii"
    [ "$status" -le 1 ] || fail "bibtex exited with $status on $src $ascii: $(cat bibtex.log)"
    expect_eq "$(grep -c '^@' library.bib)" "$(grep -c '^\\bibitem' doc.bbl)" "entries in the .bbl for $src $ascii"
  done
done
echo ok
