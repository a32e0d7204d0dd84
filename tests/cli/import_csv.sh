# CSV: the header maps columns to fields (any case, aliases), RFC 4180
# quoting with embedded newlines, unknown columns kept as extra fields.
source "$(dirname "$0")/common.sh"
D="$REAM_SOURCE/tests/data/import"
"$REAM" import "$D/papers.csv" > out.jsonl
expect_eq '{"id":"doi:10.1000/gnn.1","title":"Gated Residual Graph Networks at Depth","authors":["Ada Lovelace","Alan Turing"],"year":2024,"doi":"10.1000/gnn.1","Citations":"12","source":{"file":"'"$D"'/papers.csv","line":2}}
{"id":"title:29c88c2728d0","title":"Teaching Giants: \"Small\" Models, as Supervisors","authors":["Grace Hopper","Edsger Dijkstra"],"year":2023,"Citations":"3 (preprint)","source":{"file":"'"$D"'/papers.csv","line":3}}' "$(cat out.jsonl)"
