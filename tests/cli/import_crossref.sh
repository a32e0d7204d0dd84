# Crossref REST API work-list: works from message.items with their lines,
# list-valued titles and venues, JATS abstracts reduced to text, organisation
# authors as written, editors apart, cited DOIs to references; a work with
# neither title nor DOI is rejected with its line.
source "$(dirname "$0")/common.sh"
D="$REAM_SOURCE/tests/data/import"
expect_status 1 "$REAM" import "$D/crossref_works.json" > /dev/null 2> err.txt
expect_eq "ream: $D/crossref_works.json:40: import: work has no title or DOI" "$(cat err.txt)"
"$REAM" --on-error=skip import "$D/crossref_works.json" > out.jsonl 2> /dev/null
expect_eq '{"id":"doi:10.1002/ece3.7411","type":"article-journal","title":"Pollinator decline in fragmented Quercus woodland","authors":["Mónica Ibáñez","European Pollinator Monitoring Network"],"abstract":"Bees decline.\n\nFragments matter.","year":2021,"date":"2021-03-30","venue":"Ecology and Evolution","doi":"10.1002/ece3.7411","venue_short":"Ecol. Evol.","volume":"11","issue":"7","pages":"3101–3115","publisher":"Wiley","references":["10.1111/j.1461-0248.2010.01503.x"],"source":{"file":"'"$D"'/crossref_works.json","line":9}}
{"id":"doi:10.1007/978-3-030-00001-1_4","type":"chapter","title":"Soil carbon","editors":["Kwame Mensah"],"year":2019,"venue":"Handbook of Soils","doi":"10.1007/978-3-030-00001-1_4","source":{"file":"'"$D"'/crossref_works.json","line":31}}' "$(cat out.jsonl)"
