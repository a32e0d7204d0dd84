# BibTeX as JabRef, Mendeley and Zotero write it, field by field: their
# headers and @Comment blocks, protected capitals, month macros, editors,
# "and others", paragraphs and a copyright line in an abstract, arXiv
# from eprint and from arXiv's own DOI.
source "$(dirname "$0")/common.sh"
cp "$REAM_SOURCE"/tests/data/import/{jabref,mendeley,zotero}.bib .
for f in jabref.bib mendeley.bib zotero.bib; do
  expect_contains "$("$REAM" import --detect "$f")" "$f: bibtex:"
done
"$REAM" import jabref.bib mendeley.bib zotero.bib > out.jsonl
python3 - out.jsonl <<'PY'
import json, sys
r = [json.loads(l) for l in open(sys.argv[1])]
def check(got, want, what):
    if got != want:
        sys.exit(f"FAIL {what}: expected {want!r}, got {got!r}")
j, m, z, t = r
check(j["type"], "article-journal", "jabref type")
check(j["key"], "Okafor2021", "jabref key")
check(j["authors"], ["Okafor, Chidi", "Müller, Anna"], "jabref authors")
check(j["et_al"], True, "jabref et_al")
check(j["title"], "Soil Carbon under Drought: a Meta-Analysis", "jabref title")
check(j["title_protected"], "Soil Carbon under {Drought}: a {Meta}-Analysis", "jabref protected")
check((j["year"], j["date"], j["issue"], j["volume"], j["pages"]), (2021, "2021-04", "4", "27", "101–109"), "jabref numbers")
check(j["keywords_source"], ["soil carbon", "drought"], "jabref keywords")
check(m["type"], "paper-conference", "mendeley type")
check(m["editors"], ["Gupta, Rajesh"], "mendeley editors")
check(m["authors"], ["Lee, Jin", "Park, Soo"], "mendeley authors")
check(m["arxiv"], "2001.01234", "mendeley arxiv")
check(m["venue"], "Proceedings of KDD", "mendeley venue")
check(m["abstract"], "We scale graph kernels.\n\nA second paragraph.", "mendeley abstract")
check(m["title_protected"], "{Graph Kernels at Scale}", "mendeley protected")
check(z["arxiv"], "1706.03762", "zotero arxiv from DOI")
check(z["date"], "2017-12", "zotero date")
check(z["keywords_source"], ["Computer Science - Computation and Language", "Computer Science - Machine Learning"], "zotero keywords")
check((t["type"], t["authors"], t.get("bibtex_type"), t["genre"]), ("thesis", ["García, María"], None, "PhD Thesis"), "zotero thesis")
PY
