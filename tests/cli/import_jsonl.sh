# JSON Lines: field names and types normalised (author -> authors split,
# "2024" -> 2024, arxiv_id -> arxiv, journal -> venue); unknown fields
# pass through byte for byte and in order.
source "$(dirname "$0")/common.sh"
D="$REAM_SOURCE/tests/data/import"
"$REAM" import "$D/papers.jsonl" > out.jsonl
expect_eq '{"id":"arxiv:2406.01234","title":"Gated Residual Graph Networks at Depth","authors":["Ada Lovelace","Alan Turing"],"year":2024,"arxiv":"2406.01234v2","score":0.50,"tags":["gnn"],"source":{"file":"'"$D"'/papers.jsonl","line":1}}
{"id":"title:19bab76e2a4d","title":"Teaching Giants","year":2023,"venue":"TMLR","source":{"file":"'"$D"'/papers.jsonl","line":2}}' "$(cat out.jsonl)"
