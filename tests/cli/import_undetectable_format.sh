# --format auto on text that is no known format: exit 1, no records, and
# the formats to choose from.  Prose, a JSON array and a JSON object are
# all refused rather than read as something they are not.
source "$(dirname "$0")/common.sh"
printf 'A Short Title\nThis paragraph reads like an abstract. It is long enough to be one, and nothing marks it as any format at all, so it must not become a record.\n' > prose.txt
printf '[\n  {"id": "a", "type": "article-journal", "title": "X"}\n]\n' > array.json
printf '{\n  "status": "ok",\n  "message": {"title": ["X"]}\n}\n' > object.json
printf '@article{k,\n title={Fine}}\n' > good.bib
for f in prose.txt array.json object.json; do
  expect_status 1 "$REAM" import good.bib "$f" > out.jsonl 2> err.txt
  expect_eq "ream: $f: import: cannot tell the format of $f; use --format (one of hf-papers, paper-notes, bibtex, ris, csv, jsonl, csl-json, medline, wos, crossref, openalex, arxiv)" "$(cat err.txt)"
  expect_eq "" "$(cat out.jsonl)" "output"
done
