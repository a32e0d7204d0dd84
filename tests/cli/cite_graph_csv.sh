#!/usr/bin/env bash
# --graph-format csv writes an RFC 4180 edge list.
source "$(dirname "$0")/common.sh"
"$REAM" cite --fields abstract --graph g.csv --graph-format csv \
  <"$REAM_SOURCE/tests/data/cite/stream.jsonl" >/dev/null
expect_eq 'source,target,kinds,source_title,target_title
doi:10.1000/graph.42,arxiv:2312.03884,arxiv,Graph Neural Networks for Molecular Property Prediction,Wonder Journey: Going from Anywhere to Everywhere
p3,doi:10.1000/graph.42,doi;record;url,A Survey of Scene Generation,Graph Neural Networks for Molecular Property Prediction' "$(cat g.csv)" "csv"
