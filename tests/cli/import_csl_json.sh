# CSL-JSON as Zotero exports it: an array of items, names from family/given
# (particles kept) or literal, date-parts, page ranges completed with an en
# dash, DOIs as keys, markup out of titles; an item that cannot be a paper is
# rejected with its line, and auto-detection names the format.
source "$(dirname "$0")/common.sh"
D="$REAM_SOURCE/tests/data/import"
expect_status 1 "$REAM" import "$D/zotero.json" > /dev/null 2> err.txt
expect_eq "ream: $D/zotero.json:26: import: record has no title, arxiv or doi" "$(cat err.txt)"
"$REAM" --on-error=skip import "$D/zotero.json" > out.jsonl 2> /dev/null
expect_eq '{"id":"doi:10.5555/ea.2021.0007","type":"article-journal","title":"Drought and the Streptomyces community","authors":["Lucía García Márquez","Pieter van der Hoek"],"abstract":"Soil microbes respond to drought. We sampled 40 sites across Andalucía.","year":2021,"date":"2021-03","venue":"Ecología Aplicada","doi":"10.5555/ea.2021.0007","issue":"2","pages":"211–219","volume":"33","key":"http://zotero.org/users/local/q8Xz1K/items/AB12CD34","source":{"file":"'"$D"'/zotero.json","line":2}}
{"id":"title:dbe82cfff92b","type":"report","title":"Global tuberculosis report 2022","authors":["World Health Organization"],"year":2022,"publisher":"World Health Organization","key":"http://zotero.org/users/local/q8Xz1K/items/EF56GH78","source":{"file":"'"$D"'/zotero.json","line":18}}' "$(cat out.jsonl)"
