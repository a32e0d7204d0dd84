# --format with a name that is not a format: a usage error listing them.
source "$(dirname "$0")/common.sh"
echo x > in.txt
expect_status 2 "$REAM" import --format xml in.txt 2> err.txt
expect_eq "ream: import: --format: 'xml' is not one of auto|hf-papers|paper-notes|bibtex|biblatex|bib|ris|csv|tsv|jsonl|csl-json|csl|citeproc-json|medline|nbib|pubmed|wos|web-of-science|isi|crossref|openalex|arxiv (did you mean 'csl'?)" "$(cat err.txt)"
