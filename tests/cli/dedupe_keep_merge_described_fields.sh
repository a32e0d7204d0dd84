#!/usr/bin/env bash
# --keep merge never copies a field that describes another member's field:
# a BibLaTeX entry with whole names is the base (a Scopus-style row with
# initials, many export columns and a tracking URL has more fields, but
# "Cited by" or "Accession number" say nothing about the paper); the row's
# et_al and document_type and a third record's title_protected describe
# their own author list, type and title, so they stay behind, while the
# fields the base lacks (pages, abstract, the row's other columns) are
# filled and named in filled_from.
source "$(dirname "$0")/common.sh"
cat > in.jsonl <<'JSON'
{"id":"doi:10.5555/sdsr.2025.1~4","title":"Streaming deduplication of scholarly records","authors":"Okafor N; Muller L","et_al":true,"year":"2025","doi":"10.5555/sdsr.2025.1","pages":"112-129","url":"https://www.example.org/record?eid=2-s2.0-1&utm_source=alert","issn":"1234-5678","language":"English","cited_by":"3","accession_number":"2-s2.0-1","page_count":"18","document_type":"Article","source_db":"Scopus","publication_stage":"Final","abbreviated_source_title":"J. Digit. Libr."}
{"id":"okafor2025","type":"article-journal","title":"Streaming Deduplication of Scholarly Records","authors":["Okafor, Ngozi","Müller, Lena","Tanaka, Kenji"],"year":2025,"venue":"Journal of Digital Libraries","doi":"10.5555/sdsr.2025.1"}
{"id":"okafor2025b","title":"Streaming Deduplication of Scholarly Records","title_protected":"{Streaming} Deduplication of {Scholarly} Records","authors":["Okafor, N."],"et_al":true,"year":2025,"doi":"10.5555/sdsr.2025.1","abstract":"We deduplicate records from preprint servers and publishers as they stream in."}
JSON
"$REAM" -i in.jsonl dedupe --keep merge > out.jsonl
expect_eq 1 "$(wc -l < out.jsonl | tr -d ' ')" "one paper"
expect_eq '"okafor2025"' "$(jq -c .id out.jsonl)" "the base with whole names, its own id"
expect_eq '["Okafor, Ngozi","Müller, Lena","Tanaka, Kenji"]' "$(jq -c .authors out.jsonl)"
expect_eq 'null null null null' "$(jq -r '[.et_al, .title_protected, .document_type, .url] | map(tostring) | join(" ")' out.jsonl)" \
  "fields describing other members' fields, and the tracking URL"
expect_eq '{"pages":"doi:10.5555/sdsr.2025.1~4","abstract":"okafor2025b"}' \
  "$(jq -c '.filled_from | {pages, abstract}' out.jsonl)" "provenance"
expect_eq '"doi:10.5555/sdsr.2025.1~4"' "$(jq -c .filled_from.issn out.jsonl)" "the row's other columns"
# When the base has no author list, it takes the list and the et_al that
# describes it from the same member.
jq -c 'select(.id != "okafor2025b") | if .id == "okafor2025" then del(.authors) else . end' in.jsonl > bare.jsonl
"$REAM" -i bare.jsonl dedupe --keep merge > out2.jsonl
got=$(jq -c '{id, authors, et_al, from: [.filled_from.authors, .filled_from.et_al]}' out2.jsonl)
expect_eq '{"id":"okafor2025","authors":"Okafor N; Muller L","et_al":true,"from":["doi:10.5555/sdsr.2025.1~4","doi:10.5555/sdsr.2025.1~4"]}' \
  "$got" "a list with its et_al"
