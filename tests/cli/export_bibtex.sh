#!/usr/bin/env bash
# BibLaTeX, BibTeX and BibTeX in TeX-encoded ASCII for hand-made records
# that cover every rule of ream-export(1): entry types from `type` and
# `entry_type`, own and generated keys, names, et al., editors, dates,
# pages, arXiv ids, keywords, TeX specials, ligatures and controls.
source "$(dirname "$0")/common.sh"
data="$REAM_SOURCE/tests/data/export"
for format in biblatex bibtex; do
  "$REAM" -i "$data/papers.jsonl" export --format "$format" > out 2> /dev/null
  diff -u "$data/expected.$format" out || fail "--format $format differs from expected.$format"
done
"$REAM" -i "$data/papers.jsonl" export --format bibtex --ascii > out 2> err
diff -u "$data/expected.bibtex-ascii" out || fail "--format bibtex --ascii differs from expected.bibtex-ascii"
# Only the emoji and the Hebrew word (one, four letters) have no TeX spelling.
expect_eq "  title = {Hostile: a \{b \textbackslash{} c\} \%\% \textasciitilde{}x\textasciicircum{}2 -{}- '{}'q'{}' \`{}\`r\`{}\`  bell tab line 😀 שלום}," \
  "$(LC_ALL=C grep $'[\x80-\xff]' out)" "the only non-ASCII line"
expect_contains "$(cat err)" "ream: export: warning: 5 characters with no TeX spelling written as UTF-8"
# --no-abstract leaves every abstract out, and only that.
"$REAM" -i "$data/papers.jsonl" export --format biblatex --no-abstract > out 2> /dev/null
grep -v '^  abstract = ' "$data/expected.biblatex" | sed 's/,$//' > want
sed 's/,$//' out > got
diff -u want got || fail "--no-abstract"
grep -q abstract out && fail "--no-abstract wrote an abstract"
echo ok
