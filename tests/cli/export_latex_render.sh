#!/usr/bin/env bash
# The issue's whole loop, as a user runs it: a Zotero BibTeX library, a
# Scopus CSV and a PubMed .nbib are imported, deduplicated and exported as
# BibLaTeX; LaTeX with biblatex and biber then renders every entry of that
# file into a bibliography with no error and no undefined citation.
source "$(dirname "$0")/common.sh"
for tool in pdflatex biber kpsewhich; do
  command -v "$tool" > /dev/null || { echo "SKIP: $tool not installed"; exit 0; }
done
[ -n "$(kpsewhich biblatex.sty)" ] || { echo "SKIP: biblatex.sty not installed (texlive-bibtex-extra)"; exit 0; }
data="$REAM_SOURCE/tests/data/import"
# The .nbib fixture holds one record with no title, which is set aside.
"$REAM" --on-error=skip import "$data/zotero.bib" "$data/scopus.csv" "$data/pubmed.nbib" \
  then dedupe --keep merge then export --format biblatex -o library.bib 2> ream.log ||
  fail "ream failed: $(cat ream.log)"
entries=$(grep -c '^@' library.bib)
[ "$entries" -gt 0 ] || fail "no entries exported"
cat > doc.tex <<'TEX'
\documentclass{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[backend=biber]{biblatex}
\addbibresource{library.bib}
\begin{document}
\nocite{*}
\printbibliography
\end{document}
TEX
run() { "$@" > "$1.out" 2>&1 || fail "$* failed: $(tail -20 "$1.out")"; }
run pdflatex -interaction=nonstopmode -halt-on-error doc.tex
run biber doc
# Twice, as biblatex asks: the first run reads the bibliography, the second
# its labels.
run pdflatex -interaction=nonstopmode -halt-on-error doc.tex
run pdflatex -interaction=nonstopmode -halt-on-error doc.tex
expect_eq "" "$(grep -E '^ERROR' doc.blg || true)" "biber errors"
expect_eq "" "$(grep -E 'undefined|^!' doc.log || true)" "LaTeX errors or undefined citations"
# Every exported entry reached the rendered bibliography.
expect_eq "$entries" "$(grep -c '\\entry{' doc.bbl)" "entries in the bibliography"
[ -s doc.pdf ] || fail "no PDF"
echo ok
