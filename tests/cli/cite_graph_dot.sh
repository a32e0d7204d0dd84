#!/usr/bin/env bash
# --graph-format dot writes a digraph that Graphviz renders.
source "$(dirname "$0")/common.sh"
"$REAM" cite --fields abstract --graph g.dot <"$REAM_SOURCE/tests/data/cite/stream.jsonl" >/dev/null
expect_eq 'digraph citations {
  node [shape=box];
  "arxiv:2312.03884" [label="Wonder Journey: Going from Anywhere to Everywhere"];
  "doi:10.1000/graph.42" [label="Graph Neural Networks for Molecular Property Prediction"];
  "p3" [label="A Survey of Scene Generation"];
  "doi:10.1000/graph.42" -> "arxiv:2312.03884" [label="arxiv"];
  "p3" -> "doi:10.1000/graph.42" [label="doi,record,url"];
}' "$(cat g.dot)" "dot file"
if command -v dot >/dev/null; then
  dot -Tsvg g.dot >g.svg || fail "dot could not render the graph"
  expect_contains "$(cat g.svg)" "<svg"
fi
