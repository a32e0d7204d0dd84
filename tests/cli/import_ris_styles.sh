# RIS as Zotero (CRLF, T2 venue, HTML notes, A2 editors, arXiv's DOI in UR)
# and Mendeley (DOI only in M3, a copyright line) write it: field by field.
# A record with no title, arXiv id or DOI is rejected with its line.
source "$(dirname "$0")/common.sh"
cp "$REAM_SOURCE/tests/data/import/zotero.ris" "$REAM_SOURCE/tests/data/import/mendeley.ris" .
"$REAM" import zotero.ris > z.jsonl
get() { python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])][int(sys.argv[2])]; print(r.get(sys.argv[3], "-"))' "$@"; }
expect_eq "1706.03762" "$(get z.jsonl 0 arxiv)"
expect_eq "10.48550/arxiv.1706.03762" "$(get z.jsonl 0 doi)"
expect_eq "Advances in Neural Information Processing Systems" "$(get z.jsonl 0 venue)"
expect_eq "5998–6008" "$(get z.jsonl 0 pages)"
expect_eq "$(printf 'Read for the reading group.\n\nSee & compare section 3.')" "$(get z.jsonl 0 notes)"
expect_eq "['Computer Science - Computation and Language', 'Computer Science - Machine Learning']" "$(get z.jsonl 0 keywords_source)"
expect_eq "chapter" "$(get z.jsonl 1 type)"
expect_eq "['Borgwardt, Karsten']" "$(get z.jsonl 1 authors)"
expect_eq "['Smola, Alex', 'Vishwanathan, S. V. N.']" "$(get z.jsonl 1 editors)"
expect_eq "-" "$(get z.jsonl 1 date)"
expect_eq "2020/13/45" "$(get z.jsonl 1 date_raw)"
expect_status 1 "$REAM" import mendeley.ris > m.jsonl 2> err.txt
expect_eq "ream: mendeley.ris:14: import: record has no title, arxiv or doi" "$(cat err.txt)"
expect_eq "10.1111/gcb.15500" "$(get m.jsonl 0 doi)"
expect_eq "4" "$(get m.jsonl 0 issue)"
expect_eq "Soils store carbon." "$(get m.jsonl 0 abstract)"
