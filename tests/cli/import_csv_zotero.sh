# Zotero's CSV export (the man page's `zotero-export | ream import --format
# csv`): "Item Type" gives the type, "Pages" the pages, "Manual Tags" the
# source's keywords, so that dedupe and export see them as they see a
# BibTeX entry's; the file attachments and Zotero's own columns are kept.
source "$(dirname "$0")/common.sh"
get() { python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])][int(sys.argv[2])]; print(r.get(sys.argv[3], "-"))' "$@"; }
"$REAM" import --format csv < "$REAM_SOURCE/tests/data/import/zotero.csv" > z.jsonl
expect_eq "article-journal|112–129|['deduplication', 'streaming']|31|2" \
  "$(get z.jsonl 0 type)|$(get z.jsonl 0 pages)|$(get z.jsonl 0 keywords_source)|$(get z.jsonl 0 volume)|$(get z.jsonl 0 issue)"
expect_eq "['Okafor, Ngozi', 'Müller, Lena', 'de Gaulle, Charles']|['Ng, Andrew']" "$(get z.jsonl 0 authors)|$(get z.jsonl 0 editors)"
expect_eq "/home/ada/Zotero/storage/ABCD1234/Okafor et al. - 2025 - Tidewater.pdf; /home/ada/Zotero/storage/EFGH5678/tidewater.html" \
  "$(get z.jsonl 0 'File Attachments')"
expect_eq "article|arxiv:2301.01234|-" "$(get z.jsonl 1 type)|$(get z.jsonl 1 id)|$(get z.jsonl 1 pages)"
"$REAM" import "$REAM_SOURCE/tests/data/import/zotero.csv" then export -f bibtex > z.bib
expect_eq "  pages = {112--129}," "$(grep 'pages =' z.bib)"
