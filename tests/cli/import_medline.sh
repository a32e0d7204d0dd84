# PubMed MEDLINE (.nbib): names from FAU with AU as the fallback, corporate
# authors as written, book editors never authors, venue from JT, pages
# completed, DOI from LID, MeSH and other terms as keywords_source; a record
# with neither title nor DOI is rejected with its line.
source "$(dirname "$0")/common.sh"
D="$REAM_SOURCE/tests/data/import"
expect_status 1 "$REAM" import "$D/pubmed.nbib" > /dev/null 2> err.txt
expect_eq "ream: $D/pubmed.nbib:72: import: record has no title (TI or BTI) or DOI" "$(cat err.txt)"
"$REAM" --on-error=skip import "$D/pubmed.nbib" > out.jsonl 2> /dev/null
expect_eq '{"id":"doi:10.1038/s41586-024-07612-x","type":"article-journal","title":"Gut microbial bile acid metabolism shapes host Clostridioides difficile resistance in mice.","authors":["Øverland, Ingrid","Nguyen, Thị Minh Anh","Smith J","Microbiome Consortium of Northern Europe"],"abstract":"BACKGROUND: Bile acids modulate colonisation resistance. We asked how.\n\nMETHODS: Mice were colonised with defined communities.\n\nRESULTS: Secondary bile acids rose 3-fold (p < 0.01).\n\nCONCLUSIONS: Microbial metabolism matters.","year":2024,"date":"2024-07-18","venue":"Nature","doi":"10.1038/s41586-024-07612-x","pmid":"39012345","volume":"631","issue":"8021","language":"eng","venue_short":"Nature","pages":"1123–1129","keywords_source":["Animals","Bile Acids and Salts/metabolism","Clostridioides difficile/physiology","colonisation resistance"],"source":{"file":"'"$D"'/pubmed.nbib","line":2}}
{"id":"title:038f3b627261","type":"book","title":"Clinical Guidelines for Sepsis Care","authors":["Committee on Sepsis Care"],"editors":["Rossi, Maria","Chen, Wei"],"year":2023,"pmid":"38000001","publisher":"National Academies Press (US)","language":"eng","source":{"file":"'"$D"'/pubmed.nbib","line":44}}
{"id":"title:67d54e99b3b6","type":"article-journal","title":"Rural access to care: a cross-sectional survey.","authors":["Kowalski, Jan"],"year":2018,"date":"2018 Winter","venue":"PloS one","pmid":"37000002","venue_short":"PLoS One","volume":"13","issue":"1","pages":"e0123","source":{"file":"'"$D"'/pubmed.nbib","line":60}}' "$(cat out.jsonl)"
