#!/usr/bin/env bash
# --graph-format json writes nodes with titles and edges with kinds.
source "$(dirname "$0")/common.sh"
"$REAM" cite --fields abstract --graph g.json --graph-format json \
  <"$REAM_SOURCE/tests/data/cite/stream.jsonl" >/dev/null
expect_eq '[{"source":"doi:10.1000/graph.42","target":"arxiv:2312.03884","kinds":["arxiv"]},{"source":"p3","target":"doi:10.1000/graph.42","kinds":["doi","record","url"]}]' \
  "$(jq -c .edges g.json)" "edges"
expect_eq '["Wonder Journey: Going from Anywhere to Everywhere","Graph Neural Networks for Molecular Property Prediction","A Survey of Scene Generation"]' \
  "$(jq -c '[.nodes[].title]' g.json)" "node titles"
