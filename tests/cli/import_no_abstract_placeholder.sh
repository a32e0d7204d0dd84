# Scopus writes "[No abstract available]" where a paper has no abstract,
# in its CSV and its RIS alike.  That text is no abstract: the record has
# none, so keywords are not drawn from it and two such papers do not share
# an abstract; an abstract that merely mentions the words stays whole.
source "$(dirname "$0")/common.sh"
printf '\xef\xbb\xbfAuthors,Author full names,Title,Year,Abstract,EID\n' > scopus.csv
printf '"Lee J.","Lee, Jin (1)","Tides of the Baltic",2018,"[No abstract available]","2-s2.0-1"\n' >> scopus.csv
printf '"Ng A.","Ng, Ann (2)","Sediment cores",2019,"No abstract available, we argue, is a poor excuse.","2-s2.0-2"\n' >> scopus.csv
printf 'TY  - JOUR\r\nAU  - Lee, J.\r\nTI  - Tides of the Baltic\r\nPY  - 2018\r\nAB  - [No abstract available]\r\nDB  - Scopus\r\nER  - \r\n' > scopus.ris
get() { python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])][int(sys.argv[2])]; print(r.get(sys.argv[3], "-"))' "$@"; }
"$REAM" import scopus.csv > c.jsonl
expect_eq "-" "$(get c.jsonl 0 abstract)"
expect_eq "No abstract available, we argue, is a poor excuse." "$(get c.jsonl 1 abstract)"
"$REAM" import scopus.ris > r.jsonl
expect_eq "Tides of the Baltic|-" "$(get r.jsonl 0 title)|$(get r.jsonl 0 abstract)"
