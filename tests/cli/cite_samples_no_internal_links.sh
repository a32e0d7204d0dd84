#!/usr/bin/env bash
# The shipped samples, plus a DBLP BibTeX entry, a Zotero entry and an RIS
# record, through import | dedupe --keep merge | cite | markdown: no link
# is read from ream's own fields or the records' identifiers, none names a
# ream id ("~2" suffixes of merged_from), none is a database's home page.
source "$(dirname "$0")/common.sh"
cat >extra.bib <<'BIB'
@inproceedings{DBLP:conf/x/Lee20,
  title = {Sparse Kernels for Citation Graphs},
  author = {Lee, Ann},
  year = {2020},
  doi = {10.1000/sparse.20},
  biburl = {https://dblp.org/rec/conf/x/Lee20.bib},
  bibsource = {dblp computer science bibliography, https://dblp.org},
  file = {arXiv.org Snapshot:/home/u/Zotero/storage/AB12CD34/2001.00001.html:text/html}
}
@article{Lee2020dup,
  title = {Sparse Kernels for Citation Graphs},
  author = {Lee, Ann},
  year = {2020},
  doi = {10.1000/sparse.20},
  url = {http://arXiv.org},
  abstract = {We cite Tidewater (doi:10.5555/tidewater.2026.17).}
}
BIB
printf '%s\r\n' 'TY  - JOUR' 'TI  - Ranking Preprints by Reading Time' 'AU  - Roe, Bo' 'PY  - 2021' \
  'DP  - arXiv.org' 'UR  - http://arxiv.org/abs/2101.00002' 'AB  - Posted to arXiv.org; see dblp.org.' 'ER  - ' >extra.ris
"$REAM" import "$REAM_SOURCE"/share/ream/samples/* extra.bib extra.ris 2>/dev/null |
  "$REAM" dedupe --keep merge | "$REAM" cite >linked.jsonl
[ "$(jq -s 'map(select(.merged_from)) | length' linked.jsonl)" -ge 1 ] || fail "the input should have merged records"
expect_eq '[]' "$(jq -c -s '[.[].links[]? | select(.field | IN("id","source","links","cites","cluster","merged_from","arxiv","doi","isbn","url","biburl","bibsource","file","DP"))]' linked.jsonl)" \
  "links read from non-text fields"
expect_eq '[]' "$(jq -c -s '[.[].links[]? | select((.id | test("~[0-9]+$")) or ((.url // "") | test("~[0-9]+$")))]' linked.jsonl)" \
  "links to ream ids"
home='^(https?://)?(www\.)?(arxiv\.org|dblp\.org|doi\.org|zotero\.org)/?$'
expect_eq '[]' "$(jq -c -s --arg home "$home" '[.[].links[]? | select(.id | test($home; "i"))]' linked.jsonl)" \
  "links to database home pages"
expect_eq '["doi:10.5555/tidewater.2026.17"]' "$(jq -c 'select(.id == "doi:10.1000/sparse.20") | .cites' linked.jsonl)" \
  "the real citation is kept"
"$REAM" markdown <linked.jsonl >digest.md
if grep -Eio '\]\(<?https?://(www\.)?(arxiv\.org|dblp\.org)/?>?\)|~[0-9]+>?\)' digest.md; then fail "digest links to a home page or a ream id"; fi
