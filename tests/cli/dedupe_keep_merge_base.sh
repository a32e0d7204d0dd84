#!/usr/bin/env bash
# --keep merge chooses its base by field quality, not field count: a CSV
# row with initials, a tracking URL and an importer's "~4" id loses to a
# BibLaTeX entry with full names, which keeps its own id; 'et_al' from the
# row is not copied onto the entry's whole author list, nor its tracking URL.
source "$(dirname "$0")/common.sh"
cat > in.jsonl <<'JSON'
{"id":"doi:10.1080/1097198x.2004.10856384~4","title":"Cultural universality versus particularity in CMC","authors":"Stahl BC; Elbeltagi I","et_al":true,"year":"2004","pages":"47-65","doi":"10.1080/1097198X.2004.10856384","url":"https://example.org/a?utm_source=feed","issn":"1097-198X"}
{"id":"stahl2004","title":"Cultural Universality Versus Particularity in CMC","authors":["Stahl, Bernd Carsten","Elbeltagi, Ibrahim"],"year":"2004","doi":"10.1080/1097198X.2004.10856384"}
JSON
"$REAM" -i in.jsonl dedupe --keep merge > out.jsonl
expect_eq 1 "$(wc -l < out.jsonl | tr -d ' ')" "one paper"
expect_eq '"stahl2004"' "$(jq -c .id out.jsonl)" "the base keeps its own id"
expect_eq '["Stahl, Bernd Carsten","Elbeltagi, Ibrahim"]' "$(jq -c .authors out.jsonl)" "full names kept"
expect_eq null "$(jq -c .et_al out.jsonl)" "no et_al for a whole list"
expect_eq '{"pages":"doi:10.1080/1097198x.2004.10856384~4","issn":"doi:10.1080/1097198x.2004.10856384~4"}' "$(jq -c .filled_from out.jsonl)" "provenance"
expect_eq '"stahl2004"' "$("$REAM" -i in.jsonl dedupe --keep most-complete | jq -c .id)" "most-complete"
